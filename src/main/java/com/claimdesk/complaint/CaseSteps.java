package com.claimdesk.complaint;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The steps other features' actions take a case through: a refund waits for approval, an accepted offer moves the
 * case toward settlement, a recorded settlement resolves it, a platform extension moves its promised date. Each is
 * part of the caller's action and never stands alone: it runs only inside the caller's transaction
 * ({@link Propagation#MANDATORY}), so no page and no API call can take a step by itself (ArchitectureTest lets only
 * the services of refund, settlement, negotiation and deadline call it). The aggregate checks that the lifecycle
 * allows the step and records its event; this class audits it. No version check: the caller's action is what the
 * user confirmed, and the case is locked by it where the order of decisions matters ({@link #lockForDecision}).
 */
@Service
@NamedInterface("steps")
public class CaseSteps {

    private static final Logger log = LoggerFactory.getLogger(CaseSteps.class);

    private final ComplaintRepository complaints;
    private final AuditLog audit;
    private final Clock clock;

    CaseSteps(ComplaintRepository complaints, AuditLog audit, Clock clock) {
        this.complaints = complaints;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Holds the case until the caller's transaction ends, so that decisions about the case as a whole (the refunds
     * it gives together against the limits and the bottom line) are taken one after the other, never side by side on
     * the same stale total.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('AGENT')")
    public void lockForDecision(long complaintId) {
        complaints.findForUpdate(complaintId).orElseThrow(() -> notFound(complaintId));
    }

    /** A refund waits for approval: AWAITING_APPROVAL, through NEGOTIATING if the case was still investigated. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('AGENT')")
    public void awaitApproval(long complaintId) {
        Complaint c = find(complaintId);
        if (c.getStatus() == ComplaintStatus.AWAITING_APPROVAL) {
            return;
        }
        if (!c.getStatus().canMoveTo(ComplaintStatus.AWAITING_APPROVAL)
                && c.getStatus().canMoveTo(ComplaintStatus.NEGOTIATING)) {
            move(c, ComplaintStatus.NEGOTIATING);
        }
        move(c, ComplaintStatus.AWAITING_APPROVAL);
    }

    /** Nothing waits for approval any more (a request was edited down within the agent limit). */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('AGENT')")
    public void leaveApproval(long complaintId) {
        approvalDone(complaintId);
    }

    /** The last pending refund was decided: back to NEGOTIATING, where the settlement is recorded. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('MANAGER')")
    public void approvalDecided(long complaintId) {
        approvalDone(complaintId);
    }

    /**
     * An offer was accepted: a case still new, under investigation or escalated moves to NEGOTIATING, where the
     * refund and the settlement are recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('AGENT')")
    public void towardSettlement(long complaintId) {
        Complaint c = find(complaintId);
        if (EnumSet.of(ComplaintStatus.NEW, ComplaintStatus.INVESTIGATING, ComplaintStatus.ESCALATED)
                .contains(c.getStatus())) {
            move(c, ComplaintStatus.NEGOTIATING);
        }
    }

    /** The settlement was recorded: the case is resolved (refused when the lifecycle does not allow it). */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('AGENT')")
    public void resolveBySettlement(long complaintId) {
        Complaint c = find(complaintId);
        if (c.getStatus() != ComplaintStatus.RESOLVED) {
            move(c, ComplaintStatus.RESOLVED);
        }
    }

    /**
     * The platform's promised delivery date was extended ("mark extended" on the case page): the case's own date
     * follows, so that its facts, its templates' {@code shipment.promisedDeliveryOn} and its deadline agree; audited
     * as a change of the field.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('AGENT')")
    public void promisedDeliveryExtended(long complaintId, LocalDate day) {
        Complaint c = find(complaintId);
        if (day.equals(c.getPromisedDeliveryOn())) {
            return;
        }
        ComplaintDetails before = c.toDetails();
        ComplaintDetails after = c.toDetails();
        after.setShipment(after.getShipment().withPromisedDeliveryOn(day));
        var changes = DetailsDiff.between(before, after);
        c.update(after, clock.instant());
        c.changedBy(CurrentUser.id());
        changes.forEach(ch -> audit.record(c.getId(), AuditAction.FIELD_CHANGED, ch.field(), ch.oldValue(),
                ch.newValue()));
        complaints.save(c);
        log.info("Case {}: promised delivery date extended to {} by {}", c.getCaseNumber(), day,
                CurrentUser.require().getUsername());
    }

    private void approvalDone(long complaintId) {
        Complaint c = find(complaintId);
        if (c.getStatus() == ComplaintStatus.AWAITING_APPROVAL) {
            move(c, ComplaintStatus.NEGOTIATING);
        }
    }

    private void move(Complaint c, ComplaintStatus target) {
        ComplaintStatus from = c.getStatus();
        c.changeStatus(target, clock.instant());
        c.changedBy(CurrentUser.id());
        audit.record(c.getId(), AuditAction.STATUS_CHANGED, "status", from.name(), target.name());
        complaints.save(c);
    }

    private Complaint find(long complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> notFound(complaintId));
    }

    private static NotFoundException notFound(long complaintId) {
        return new NotFoundException("complaint.error.notFound", "No case with id " + complaintId, complaintId);
    }
}
