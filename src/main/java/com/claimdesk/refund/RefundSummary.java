package com.claimdesk.refund;

import com.claimdesk.base.Money;
import com.claimdesk.settings.ApprovalLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A refund request as a case or the approval queue shows it: the amount, its base value and how it came about.
 * {@code version} is what a decision or an edit sends back, so that it applies to exactly what was shown.
 */
public record RefundSummary(long id, long complaintId, String caseNumber, Long offerId, Money amount, Money baseAmount, BigDecimal rate,
                            LocalDate rateValidFrom, RefundMethod method, String reason, ApprovalLevel requiredLevel,
                            RefundStatus status, long requestedById, String requestedBy, Instant requestedAt,
                            @Nullable String decidedBy, Instant decidedAt, String decisionComment,
                                    boolean beyondBottomLine,
                            long version) {

    /** Only the requester changes a request, and only while it waits (docs/decisions/070-refund-integrity.md). */
    public boolean editableBy(long userId) {
        return status == RefundStatus.PENDING && requestedById == userId;
    }
}
