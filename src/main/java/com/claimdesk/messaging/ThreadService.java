package com.claimdesk.messaging;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reading and writing a case's thread. */
@Service
@Validated
public class ThreadService {

    private static final Logger log = LoggerFactory.getLogger(ThreadService.class);
    private static final int AUDIT_EXCERPT = 120;

    private final CaseMessageRepository messages;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final com.claimdesk.complaint.Cases cases;

    ThreadService(CaseMessageRepository messages, JdbcTemplate jdbc, AuditLog audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events, com.claimdesk.complaint.Cases cases) {
        this.events = events;
        this.cases = cases;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ThreadEntry> thread(long complaintId) {
        return messages.findByComplaintIdOrderBySentAtAscIdAsc(complaintId).stream().map(CaseMessage::toEntry).toList();
    }

    /**
     * Adds an entry. A buyer message keeps its original sent time (entered in {@code viewerZone}); a reply or note is
     * stamped now. Returns the stored entry.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ThreadEntry add(long complaintId, @Valid @NotNull NewMessage message, @NotNull ZoneId viewerZone) {
        if (message.getKind() == MessageKind.REPLY) {
            // a reply must never reach a buyer with "{coupon.value}" in it
            var open = com.claimdesk.base.Placeholders.remainingIn(message.getBody());
            if (!open.isEmpty()) {
                throw new com.claimdesk.base.DomainException("thread.error.placeholders",
                        "Reply still has placeholders " + open, String.join(", ", open.stream()
                        .map(com.claimdesk.base.Placeholders::token).toList()));
            }
        }
        String buyerName = buyerNameOf(complaintId);
        Instant now = clock.instant();
        ClaimDeskUserDetails me = CurrentUser.require();
        boolean fromBuyer = message.getKind() == MessageKind.BUYER_MESSAGE;
        Instant sentAt = fromBuyer && message.getSentAt() != null
                ? message.getSentAt().atZone(viewerZone).toInstant() : now;
        var entry = messages.save(new CaseMessage(complaintId, message.getKind(), message.getChannel(),
                fromBuyer ? null : me.id(), fromBuyer ? buyerName : me.displayName(), blankToNull(message.getLanguage()),
                message.getBody(), sentAt, now));
        audit.record(complaintId, AuditAction.MESSAGE_ADDED, message.getKind().name(), null, excerpt(message.getBody()));
        events.publishEvent(new ThreadEntryAdded(complaintId, entry.toEntry().id(), message.getKind()));
        if (message.getKind() == MessageKind.REPLY) {
            // the case notes its first response, the first-response deadline is met (each module in its own table)
            events.publishEvent(new com.claimdesk.complaint.CaseReplied(complaintId, sentAt));
        }
        log.info("{} added to case id {} by {}", message.getKind(), complaintId, me.getUsername());
        return entry.toEntry();
    }

    /** When the team first answered the buyer: the first reply's time, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<Instant> firstResponseAt(long complaintId) {
        return Optional.ofNullable(messages.firstReplyAt(complaintId));
    }

    /**
     * Cases whose thread has words starting with every word of {@code text} (FULLTEXT on the message body), at most
     * {@code max}: the queue's free-text search asks here for the thread's part when
     * {@code claimdesk.search.queue=fulltext} ({@link FullTextThreadSearch}), and the benchmark compares it with the
     * search index.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<Long> casesMentioning(String text, int max) {
        String query = com.claimdesk.base.FullTextQuery.booleanPrefixes(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("SELECT DISTINCT complaint_id FROM case_message "
                + "WHERE MATCH(body) AGAINST (? IN BOOLEAN MODE) LIMIT " + Math.max(1, max), Long.class, query);
    }

    private String buyerNameOf(long complaintId) {
        return cases.facts(complaintId).buyerName();
    }

    private static String excerpt(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= AUDIT_EXCERPT ? oneLine : oneLine.substring(0, AUDIT_EXCERPT - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
