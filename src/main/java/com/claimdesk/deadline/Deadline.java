package com.claimdesk.deadline;

import com.claimdesk.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One date on one case. {@code dueAt} is the date as first set; an extension keeps it and adds the new date, who
 * set it and why. The rule or SLA values it was computed with are copied into {@code ruleBasis}, so a later edit of
 * the rule cannot move it.
 */
@Entity
@Table(name = "deadline")
class Deadline {

    static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private DeadlineKind kind;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private DeadlineSource source;

    @Column(name = "rule_id", updatable = false)
    private Long ruleId;

    @Column(name = "rule_basis", length = 200, updatable = false)
    private String ruleBasis;

    @Column(name = "event_at", updatable = false)
    private Instant eventAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeadlineState state;

    /**
     * Whether the case is open, as the case module last said (kept by {@link DeadlineKeeper}). Not a change of the
     * deadline itself, so it leaves the version alone: an open page's deadline stays current.
     */
    @Column(name = "case_open", nullable = false)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private boolean caseOpen = true;

    @Column(name = "extended_to")
    private Instant extendedTo;

    @Column(name = "extended_by_id")
    private Long extendedById;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "missed_at")
    private Instant missedAt;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Version
    private long version;

    protected Deadline() {
    }

    Deadline(long complaintId, DeadlineKind kind, Instant dueAt, DeadlineSource source, Long ruleId, String ruleBasis,
             Instant eventAt, String note, Long createdById, Instant now) {
        this.complaintId = complaintId;
        this.kind = kind;
        this.dueAt = dueAt;
        this.source = source;
        this.ruleId = ruleId;
        this.ruleBasis = ruleBasis;
        this.eventAt = eventAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdById = createdById;
        this.createdAt = now;
        this.state = DeadlineState.OPEN;
    }

    /** The date that counts now: the extension's, if any. */
    Instant effectiveDue() {
        return extendedTo != null ? extendedTo : dueAt;
    }

    /** Still asks for action: open, extended, or missed but still owed (see {@link DeadlineKind#owedAfterMiss}). */
    boolean needsAction() {
        return state == DeadlineState.OPEN || state == DeadlineState.EXTENDED
                || (state == DeadlineState.MISSED && kind.owedAfterMiss());
    }

    void markMet(Instant at) {
        if (state == DeadlineState.MET) {
            throw new DomainException("deadline.error.alreadyMet", "Deadline " + id + " is already met");
        }
        state = DeadlineState.MET;
        metAt = at;
    }

    /**
     * Moves the date later (the platform or the buyer agreed). The new date must be in the future and after the
     * current one; a met deadline is done.
     */
    void extend(Instant to, Long byUserId, String reason, Instant now) {
        if (state == DeadlineState.MET) {
            throw new DomainException("deadline.error.alreadyMet", "Deadline " + id + " is already met");
        }
        if (to == null || !to.isAfter(now) || !to.isAfter(effectiveDue())) {
            throw new DomainException("deadline.error.extendLater", "Extension " + to + " is not later than "
                    + effectiveDue() + " and now");
        }
        extendedTo = to;
        extendedById = byUserId;
        extendedAt = now;
        if (reason != null && !reason.isBlank()) {
            note = reason.strip();
        }
        state = DeadlineState.EXTENDED;
    }

    void caseOpen(boolean open) {
        this.caseOpen = open;
    }

    /** The date passed unmet: missed. Returns whether it changed. */
    boolean missIfPassed(Instant now) {
        if ((state == DeadlineState.OPEN || state == DeadlineState.EXTENDED) && effectiveDue().isBefore(now)) {
            state = DeadlineState.MISSED;
            missedAt = now;
            return true;
        }
        return false;
    }

    /** The case's own date changed (promised delivery edited): the deadline follows it and is open again. */
    void followCase(Instant newDue) {
        dueAt = newDue;
        extendedTo = null;
        extendedById = null;
        extendedAt = null;
        missedAt = null;
        metAt = null;
        state = DeadlineState.OPEN;
    }

    /** The case is open again (reopened): a target met by resolving the case must be met again. */
    void reopen() {
        if (state == DeadlineState.MET) {
            state = missedAt != null ? DeadlineState.MISSED : extendedTo != null ? DeadlineState.EXTENDED
                    : DeadlineState.OPEN;
            metAt = null;
        }
    }

    Long getId() { return id; }
    long getComplaintId() { return complaintId; }
    DeadlineKind getKind() { return kind; }
    Instant getDueAt() { return dueAt; }
    DeadlineSource getSource() { return source; }
    Long getRuleId() { return ruleId; }
    String getRuleBasis() { return ruleBasis; }
    Instant getEventAt() { return eventAt; }
    DeadlineState getState() { return state; }
    Instant getExtendedTo() { return extendedTo; }
    Long getExtendedById() { return extendedById; }
    Instant getExtendedAt() { return extendedAt; }
    Instant getMetAt() { return metAt; }
    Instant getMissedAt() { return missedAt; }
    String getNote() { return note; }
    long getVersion() { return version; }
}
