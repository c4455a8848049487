package com.claimdesk.refund;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.settings.ApprovalLevel;
import com.claimdesk.settings.Conversion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to give money back, with the conversion it was judged by. The approval rules are here, so no caller can
 * skip them: the level the amount requires, four eyes (not the requester, not whoever edited it), one decision, and
 * a decision only on the version the approver was shown. While it waits only its requester may change it
 * (docs/decisions/070-refund-integrity.md).
 */
@Entity
@Table(name = "refund_request")
class RefundRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RefundMethod method;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Embedded
    @AttributeOverride(name = "amount",
            column = @Column(name = "base_amount", nullable = false, precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "base_currency", nullable = false, length = 3))
    private Money baseAmount;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    @Column(name = "rate_valid_from", nullable = false)
    private LocalDate rateValidFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_level", nullable = false, length = 12)
    private ApprovalLevel requiredLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RefundStatus status;

    @Column(name = "requested_by_id", nullable = false, updatable = false)
    private long requestedById;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /** The amount goes beyond the case's bottom line: a manager must approve it even within the agent limit. */
    @Column(name = "beyond_bottom_line", nullable = false)
    private boolean beyondBottomLine;

    @Column(name = "edited_by_id")
    private Long editedById;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    @Version
    private long version;

    protected RefundRequest() {
    }

    RefundRequest(long complaintId, Long offerId, Conversion conversion, RefundMethod method, String reason,
                  ApprovalLevel level, boolean beyondBottomLine, long requestedBy, Instant now) {
        if (conversion.original().amount().signum() <= 0) {
            throw new DomainException("refund.error.amount", "A refund must be more than zero");
        }
        this.complaintId = complaintId;
        this.offerId = offerId;
        this.amount = conversion.original();
        this.method = method;
        this.reason = reason;
        this.baseAmount = conversion.base();
        this.rate = conversion.rate();
        this.rateValidFrom = conversion.rateValidFrom();
        this.beyondBottomLine = beyondBottomLine;
        this.requiredLevel = atLeastManagerIfBeyond(level, beyondBottomLine);
        this.requestedById = requestedBy;
        this.requestedAt = now;
        if (this.requiredLevel == ApprovalLevel.AGENT) {
            // within the agent's own limit: settled by the requester, no one else needs to look
            this.status = RefundStatus.APPROVED;
            this.decidedById = requestedBy;
            this.decidedAt = now;
        } else {
            this.status = RefundStatus.PENDING;
        }
    }

    /**
     * Changes a request that still waits. Only its requester may: anyone else, a manager or lead included, would
     * otherwise set the amount and then have it decided by a colleague who never saw the request as it was asked
     * (four eyes); they reject it with a comment instead. {@code seenVersion} is the version the requester changed,
     * so an edit in a second tab does not silently overwrite the first. The level follows the new amount; an amount
     * now within the agent limit is settled by the requester at once.
     */
    /** Only its requester edits a request, only while it waits, and only the version they were shown. */
    void requireEditableBy(long editorId, long seenVersion) {
        if (status != RefundStatus.PENDING) {
            throw new DomainException("refund.error.alreadyDecided", "Request " + id + " is " + status, id);
        }
        if (editorId != requestedById) {
            throw new DomainException("refund.error.notRequester", "Only the requester may edit request " + id);
        }
        requireSeen(seenVersion);
    }

    void edit(Conversion conversion, RefundMethod method, String reason, ApprovalLevel level, boolean beyondBottomLine,
              long editorId, long seenVersion, Instant now) {
        requireEditableBy(editorId, seenVersion);
        if (conversion.original().amount().signum() <= 0) {
            throw new DomainException("refund.error.amount", "A refund must be more than zero");
        }
        this.amount = conversion.original();
        this.method = method;
        this.reason = reason;
        this.baseAmount = conversion.base();
        this.rate = conversion.rate();
        this.rateValidFrom = conversion.rateValidFrom();
        this.beyondBottomLine = beyondBottomLine;
        this.requiredLevel = atLeastManagerIfBeyond(level, beyondBottomLine);
        this.editedById = editorId;
        if (this.requiredLevel == ApprovalLevel.AGENT) {
            this.status = RefundStatus.APPROVED;
            this.decidedById = editorId;
            this.decidedAt = now;
        }
    }

    /**
     * Approves, if the approver may: the request waits, is still the version the approver was shown, the approver
     * holds the level it needs, and is neither its requester nor its last editor.
     */
    void approve(long approverId, Set<ApprovalLevel> approverLevels, long seenVersion, @Nullable String comment,
                 Instant now) {
        decide(approverId, approverLevels, seenVersion, comment, now, RefundStatus.APPROVED);
    }

    void reject(long approverId, Set<ApprovalLevel> approverLevels, long seenVersion, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new DomainException("refund.error.rejectReason", "A rejection needs a comment");
        }
        decide(approverId, approverLevels, seenVersion, comment, now, RefundStatus.REJECTED);
    }

    private void decide(long approverId, Set<ApprovalLevel> approverLevels, long seenVersion, String comment,
                        Instant now, RefundStatus outcome) {
        if (status != RefundStatus.PENDING) {
            throw new DomainException("refund.error.alreadyDecided", "Request " + id + " is " + status, id);
        }
        // before the other rules: whatever else is wrong, the approver must first see what is asked now
        requireSeen(seenVersion);
        if (approverId == requestedById) {
            throw new DomainException("refund.error.ownRequest", "Four eyes: own request " + id);
        }
        // only requesters edit now; a request a colleague edited before that rule keeps them out of the decision
        if (editedById != null && approverId == editedById) {
            throw new DomainException("refund.error.editedIt", "Four eyes: approver edited request " + id);
        }
        if (!approverLevels.contains(requiredLevel)) {
            throw new DomainException("refund.error.level", "Request " + id + " needs " + requiredLevel,
                    requiredLevel);
        }
        this.status = outcome;
        this.decidedById = approverId;
        this.decidedAt = now;
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /**
     * A decision or an edit names the version it was made on: every edit changes the version (JPA's
     * {@code @Version}), so an approver who was shown EUR 300 cannot approve the EUR 1,800 it became meanwhile.
     */
    private void requireSeen(long seenVersion) {
        if (seenVersion != version) {
            throw new DomainException("refund.error.changed", "Request " + id + " is at version " + version
                    + ", the caller saw " + seenVersion, amount());
        }
    }

    /** Going beyond the bottom line needs a manager, whatever the limits would allow (issue: same approval flow). */
    static ApprovalLevel atLeastManagerIfBeyond(ApprovalLevel byLimits, boolean beyondBottomLine) {
        return beyondBottomLine && byLimits == ApprovalLevel.AGENT ? ApprovalLevel.MANAGER : byLimits;
    }

    boolean isBeyondBottomLine() {
        return beyondBottomLine;
    }

    Money amount() {
        return amount;
    }

    Money baseAmount() {
        return baseAmount;
    }

    Long getId() { return id; }
    long getComplaintId() { return complaintId; }
    Long getOfferId() { return offerId; }
    RefundMethod getMethod() { return method; }
    String getReason() { return reason; }
    BigDecimal getRate() { return rate; }
    LocalDate getRateValidFrom() { return rateValidFrom; }
    ApprovalLevel getRequiredLevel() { return requiredLevel; }
    RefundStatus getStatus() { return status; }
    long getRequestedById() { return requestedById; }
    Instant getRequestedAt() { return requestedAt; }
    Long getDecidedById() { return decidedById; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionComment() { return decisionComment; }
    long getVersion() { return version; }
    Long getEditedById() { return editedById; }
}
