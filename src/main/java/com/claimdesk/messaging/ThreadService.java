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

    ThreadService(CaseMessageRepository messages, JdbcTemplate jdbc, AuditLog audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
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
            var open = com.claimdesk.template.Placeholders.remainingIn(message.getBody());
            if (!open.isEmpty()) {
                throw new com.claimdesk.base.DomainException("thread.error.placeholders",
                        "Reply still has placeholders " + open, String.join(", ", open.stream()
                        .map(com.claimdesk.template.Placeholders::token).toList()));
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
        if (message.getKind() == MessageKind.REPLY) {
            recordFirstResponse(jdbc, complaintId, sentAt);
        }
        audit.record(complaintId, AuditAction.MESSAGE_ADDED, message.getKind().name(), null, excerpt(message.getBody()));
        if (message.getKind() == MessageKind.REPLY) {
            events.publishEvent(new ReplySent(complaintId, sentAt));
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
     * Keeps the first reply's time on the case row, so that reports on response times need no join per case. The
     * case entity does not map the column; only this package writes it.
     */
    static void recordFirstResponse(JdbcTemplate jdbc, long complaintId, Instant sentAt) {
        jdbc.update("UPDATE complaint SET first_response_at = ? WHERE id = ? AND (first_response_at IS NULL OR first_response_at > ?)",
                java.sql.Timestamp.from(sentAt), complaintId, java.sql.Timestamp.from(sentAt));
    }

    private String buyerNameOf(long complaintId) {
        try {
            // by id, without the complaint classes: this package must not depend on the case aggregate
            return jdbc.queryForObject("SELECT buyer_name FROM complaint WHERE id = ?", String.class, complaintId);
        } catch (EmptyResultDataAccessException e) {
            throw new NotFoundException("complaint.error.notFound", "No case with id " + complaintId, complaintId);
        }
    }

    private static String excerpt(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= AUDIT_EXCERPT ? oneLine : oneLine.substring(0, AUDIT_EXCERPT - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
