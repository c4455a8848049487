package com.claimdesk.settlement;

import com.claimdesk.base.Money;
import com.claimdesk.settings.Conversion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the ledger with the conversion it was booked at. */
@Entity
@Table(name = "settlement_cost")
class SettlementCost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "settlement_id", nullable = false)
    private Settlement settlement;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CostKind kind;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private Money amount;

    /** In the base currency of its settlement, which has the column. */
    @Column(name = "base_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal baseAmount;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    @Column(name = "rate_valid_from", nullable = false)
    private LocalDate rateValidFrom;

    @Column(name = "refund_request_id")
    private Long refundRequestId;

    @Column(length = 500)
    private String note;

    protected SettlementCost() {
    }

    SettlementCost(Settlement settlement, int lineNo, CostKind kind, Conversion conversion, Long refundRequestId,
                   String note) {
        this.settlement = settlement;
        this.lineNo = lineNo;
        this.kind = kind;
        this.amount = conversion.original();
        this.baseAmount = conversion.base().amount();
        this.rate = conversion.rate();
        this.rateValidFrom = conversion.rateValidFrom();
        this.refundRequestId = refundRequestId;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    SettlementSummary.Line view() {
        return new SettlementSummary.Line(kind, amount, Money.of(baseAmount, settlement.getBaseCurrency()),
                rate.stripTrailingZeros(), rateValidFrom, refundRequestId, note);
    }

    BigDecimal getBaseAmount() {
        return baseAmount;
    }

    CostKind getKind() {
        return kind;
    }

    Long getRefundRequestId() {
        return refundRequestId;
    }

    Money amount() {
        return amount;
    }
}
