package com.claimdesk.settlement;

import com.claimdesk.base.Money;
import com.claimdesk.negotiation.Resolution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded settlement as the case page and the reports show it. */
public record SettlementSummary(long complaintId, Resolution resolution, Long offerId, Boolean buyerStays,
                             FeedbackOutcome feedback, String note, List<Line> costs, Money baseTotal,
                             Instant settledAt, String settledBy, long version) {

    public SettlementSummary {
        costs = List.copyOf(costs);
    }

    /** A ledger line: what was paid in its own currency and what it counts for in the base currency. */
    public record Line(CostKind kind, Money amount, Money baseAmount, BigDecimal rate, LocalDate rateValidFrom,
                       Long refundRequestId, String note) {
    }
}
