package com.claimdesk.complaint;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.UserDirectory;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.UserRef;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Opening, reading and working cases. Every change checks the case's version so a stale page cannot overwrite. */
@Service
@Validated
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);
    public static final int MAX_PAGE_SIZE = 200;

    private final ComplaintRepository complaints;
    private final ComplaintQueries queries;
    private final CaseNumberGenerator caseNumbers;
    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration atRiskWithin;
    private final ObjectProvider<OrderLookup> orderLookup;
    private final UserDirectory users;

    ComplaintService(ComplaintRepository complaints, ComplaintQueries queries, CaseNumberGenerator caseNumbers,
                     EntityManager em, AuditLog audit, Clock clock, ApplicationEventPublisher events,
                     @Value("${claimdesk.deadlines.at-risk-within:24h}") Duration atRiskWithin,
                     ObjectProvider<OrderLookup> orderLookup, UserDirectory users) {
        this.users = users;
        this.events = events;
        this.atRiskWithin = atRiskWithin;
        this.complaints = complaints;
        this.queries = queries;
        this.caseNumbers = caseNumbers;
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.orderLookup = orderLookup;
    }

    /**
     * What a new case about this order starts with: the known order's facts (order, buyer, shipment), empty when
     * the order is not known. The complaint itself (category, summary, ...) is left for the caller.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public java.util.Optional<ComplaintDetails> prefill(Marketplace marketplace, String orderNumber) {
        OrderLookup lookup = orderLookup.getIfAvailable();
        if (lookup == null || marketplace == null || orderNumber == null || orderNumber.isBlank()) {
            return java.util.Optional.empty();
        }
        return lookup.orderFacts(marketplace, orderNumber.trim());
    }

    /** The cases about one order, newest first; any marketplace when {@code marketplace} is null. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ComplaintListItem> casesForOrder(@Nullable Marketplace marketplace, String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return List.of();
        }
        return queries.forOrder(marketplace, orderNumber.trim());
    }

    /**
     * One page of cases, newest first, after {@code cursor} (null: the newest). Keyset paging, so the API can page
     * through any number of cases at the same cost per page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ComplaintListItem> page(@NotNull QueueFilter filter, @Nullable CaseCursor cursor, int limit) {
        return queries.pageAfter(filter, CurrentUser.id(), cursor, Math.clamp(limit, 1, MAX_PAGE_SIZE), clock.instant(),
                atRiskWithin);
    }

    /** Opens a case in status NEW and returns its case number. */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public String open(@Valid @NotNull ComplaintDetails details) {
        long me = CurrentUser.id();
        var complaint = new Complaint(caseNumbers.next(), details, me, clock.instant());
        complaint.changedBy(me);
        complaints.save(complaint); // announces it: the aggregate records its events
        audit.record(complaint.getId(), AuditAction.CASE_OPENED, null, null, complaint.getCaseNumber());
        log.info("Case {} opened by {} ({} / {})", complaint.getCaseNumber(), CurrentUser.require().getUsername(),
                details.getCategory(), details.getSubReason());
        return complaint.getCaseNumber();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public ComplaintSnapshot get(String caseNumber) {
        return snapshot(find(caseNumber));
    }

    /** How soon before its next deadline a case counts as at risk ({@code claimdesk.deadlines.at-risk-within}). */
    public Duration atRiskWithin() {
        return atRiskWithin;
    }

    /**
     * The queue page at {@code offset}. Without cursors a later page is a jump: the ids are skipped on the index
     * alone. Prefer {@link #queue(QueueFilter, QueueSort, int, int, QueueCursors)} for a grid that scrolls.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ComplaintListItem> queue(@NotNull QueueFilter filter, QueueSort sort, int offset, int limit) {
        return queue(filter, sort, offset, limit, null);
    }

    /**
     * The queue page at {@code offset} for a lazy grid: when {@code cursors} knows where the page before it ended,
     * the page is read by seeking past that row's sort key instead of skipping {@code offset} rows, so scrolling
     * deep costs what the first page costs; it remembers where this page ends. See docs/decisions/050-scale.md.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ComplaintListItem> queue(@NotNull QueueFilter filter, QueueSort sort, int offset, int limit,
                                         QueueCursors cursors) {
        int size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
        QueueSort order = sort == null ? QueueSort.DEFAULT : sort;
        int from = Math.max(0, offset);
        QueueCursor known = cursors == null || from == 0 ? null : cursors.at(filter, order, from);
        QueuePage page;
        if (from == 0 || known != null) {
            page = queries.after(filter, CurrentUser.id(), order, known, size, clock.instant(), atRiskWithin);
        } else {
            page = queries.jump(filter, CurrentUser.id(), order, from, size, clock.instant(), atRiskWithin);
        }
        if (cursors != null && page.next() != null) {
            cursors.remember(filter, order, from + page.items().size(), page.next());
        }
        return page.items();
    }

    /**
     * The page after {@code cursor} ({@code null}: the first page) and the cursor after it: keyset paging for
     * callers that walk the queue themselves (exports, the scale benchmark).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public QueuePage queueAfter(@NotNull QueueFilter filter, QueueSort sort, QueueCursor cursor, int limit) {
        QueueSort order = sort == null ? QueueSort.DEFAULT : sort;
        if (cursor != null && !cursor.sort().equals(order)) {
            throw new IllegalArgumentException("Cursor of sort " + cursor.sort() + " used with " + order);
        }
        return queries.after(filter, CurrentUser.id(), order, cursor,
                Math.clamp(limit, 1, MAX_PAGE_SIZE), clock.instant(), atRiskWithin);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ComplaintSnapshot update(String caseNumber, long expectedVersion, @Valid @NotNull ComplaintDetails details) {
        Complaint c = findForChange(caseNumber, expectedVersion);
        var changes = DetailsDiff.between(c.toDetails(), details);
        if (changes.isEmpty()) {
            // nothing to change (a re-import of the same row, a save without edits): the case keeps its version
            return snapshot(c);
        }
        c.update(details, clock.instant());
        changes.forEach(ch -> audit.record(c.getId(), AuditAction.FIELD_CHANGED, ch.field(), ch.oldValue(), ch.newValue()));
        complaints.save(c);
        log.info("Case {} edited by {}", caseNumber, CurrentUser.require().getUsername());
        return flushAndSnapshot(c);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ComplaintSnapshot changeStatus(String caseNumber, long expectedVersion, @NotNull ComplaintStatus target) {
        Complaint c = findForChange(caseNumber, expectedVersion);
        ComplaintStatus from = c.getStatus();
        c.changeStatus(target, clock.instant());
        if (from != target) {
            audit.record(c.getId(), AuditAction.STATUS_CHANGED, "status", from.name(), target.name());
            complaints.save(c);
        }
        log.info("Case {} moved {} -> {} by {}", caseNumber, from, target, CurrentUser.require().getUsername());
        return flushAndSnapshot(c);
    }

    /**
     * Closes a resolved case. Root cause and responsibility are required (checked here and again in the aggregate);
     * what changed is audited like any other field.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ComplaintSnapshot close(String caseNumber, long expectedVersion, @Valid @NotNull ClosingDetails closing) {
        Complaint c = findForChange(caseNumber, expectedVersion);
        ComplaintStatus from = c.getStatus();
        RootCause causeBefore = c.getRootCause();
        Responsibility responsibilityBefore = c.getResponsibility();
        String noteBefore = c.getPreventionNote();
        c.close(closing, clock.instant());
        auditChange(c, "rootCause", causeBefore, c.getRootCause());
        auditChange(c, "responsibility", responsibilityBefore, c.getResponsibility());
        auditChange(c, "preventionNote", noteBefore, c.getPreventionNote());
        audit.record(c.getId(), AuditAction.STATUS_CHANGED, "status", from.name(), ComplaintStatus.CLOSED.name());
        complaints.save(c);
        log.info("Case {} closed by {}: {} / {}", caseNumber, CurrentUser.require().getUsername(), c.getRootCause(),
                c.getResponsibility());
        return flushAndSnapshot(c);
    }

    private void auditChange(Complaint c, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            audit.record(c.getId(), AuditAction.FIELD_CHANGED, field, before == null ? null : before.toString(),
                    after == null ? null : after.toString());
        }
    }

    /** Assigns the case to a user, or unassigns it with {@code null}. */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ComplaintSnapshot assign(String caseNumber, long expectedVersion, @Nullable Long userId) {
        Complaint c = findForChange(caseNumber, expectedVersion);
        UserDirectory.Contact user = null;
        if (userId != null) {
            user = users.contact(userId)
                    .orElseThrow(() -> new NotFoundException("user.error.notFound", "No user " + userId));
        }
        Long before = c.getAssigneeId();
        c.assignTo(userId, user != null && user.enabled(), clock.instant());
        if (!java.util.Objects.equals(before, userId)) {
            audit.record(c.getId(), AuditAction.ASSIGNED, "assignee",
                    before == null ? null : users.ref(before).map(UserRef::displayName).orElse("?"),
                    user == null ? null : user.displayName());
        }
        log.info("Case {} assigned to {} by {}", caseNumber, user == null ? "nobody" : "user " + user.id(),
                CurrentUser.require().getUsername());
        complaints.save(c); // publishes ComplaintEvent.Assigned (the search index narrows "mine" by it)
        return flushAndSnapshot(c);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ComplaintSnapshot assignToMe(String caseNumber, long expectedVersion) {
        return assign(caseNumber, expectedVersion, CurrentUser.id());
    }

    private Complaint findById(long complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> new NotFoundException("complaint.error.notFound",
                "No case with id " + complaintId, complaintId));
    }

    private Complaint find(String caseNumber) {
        return complaints.findByCaseNumber(caseNumber == null ? "" : caseNumber.trim())
                .orElseThrow(() -> new NotFoundException("complaint.error.notFound", "No case " + caseNumber,
                        caseNumber));
    }

    private Complaint findForChange(String caseNumber, long expectedVersion) {
        Complaint c = find(caseNumber);
        if (c.getVersion() != expectedVersion) {
            throw new DomainException("complaint.error.stale",
                    "Case " + caseNumber + " changed meanwhile (version " + c.getVersion() + ", page had "
                            + expectedVersion + ")", caseNumber);
        }
        return c;
    }

    private ComplaintSnapshot flushAndSnapshot(Complaint c) {
        c.changedBy(CurrentUser.id());
        em.flush(); // bumps the version now, so the page gets the one it must send next
        return snapshot(c);
    }

    private ComplaintSnapshot snapshot(Complaint c) {
        var names = users.refs(java.util.stream.Stream.of(c.getAssigneeId(), c.getCreatedById(), c.getUpdatedById())
                .filter(java.util.Objects::nonNull).toList());
        UserRef a = c.getAssigneeId() == null ? null : names.get(c.getAssigneeId());
        UserRef by = c.getCreatedById() == null ? null : names.get(c.getCreatedById());
        UserRef lastBy = c.getUpdatedById() == null ? null : names.get(c.getUpdatedById());
        return new ComplaintSnapshot(c.getId(), c.getCaseNumber(), c.getStatus(), c.getStatus().allowedNext(), c.toDetails(),
                a,
                by == null ? null : by.displayName(), c.getCreatedAt(), c.getUpdatedAt(),
                lastBy == null ? null : lastBy.displayName(), c.getResolvedAt(),
                c.getClosedAt(), c.getReopenCount(), c.signerDiffersFromBuyer(),
                c.getRootCause() == null ? null
                        : new ClosingDetails(c.getRootCause(), c.getResponsibility(), c.getPreventionNote()),
                c.getVersion());
    }
}
