package com.claimdesk.settlement;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.settings.Conversion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The settlement of one case. The base total is always the sum of its lines' base amounts, and every line is in
 * the base currency the settlement was booked in. A refund line is a refund request of the case, each at most once,
 * so that no refund reaches the buyer past the limits and four eyes; only refund lines booked before that rule
 * may stay without one, as they were (docs/decisions/070-refund-integrity.md).
 */
@Entity
@Table(name = "settlement")
class Settlement {

    /** One line converted, ready to be booked. */
    record BookedLine(CostKind kind, Conversion conversion, Long refundRequestId, String note) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Resolution resolution;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "buyer_stays")
    private Boolean buyerStays;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_outcome", nullable = false, length = 24)
    private FeedbackOutcome feedback;

    @Column(length = 2000)
    private String note;

    /** The sum of the lines' base amounts, in the base currency the settlement was booked in. */
    @Embedded
    @AttributeOverride(name = "amount",
            column = @Column(name = "base_total", nullable = false, precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "base_currency", nullable = false, length = 3))
    private Money baseTotal;

    @Column(name = "settled_at", nullable = false)
    private Instant settledAt;

    @Column(name = "settled_by_id", nullable = false)
    private long settledById;

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SettlementCost> costs = new ArrayList<>();

    @Version
    private long version;

    protected Settlement() {
    }

    Settlement(long complaintId, String baseCurrency, Instant settledAt, long settledById) {
        this.complaintId = complaintId;
        this.settledAt = settledAt;
        this.settledById = settledById;
        this.baseTotal = Money.zero(Currency.getInstance(baseCurrency));
    }

    /** Replaces what was recorded; the first settlement's day and person stay, as do the rates of that day. */
    void record(SettlementForm form, String base, List<BookedLine> lines) {
        List<Money> bookedWithoutRequest = new ArrayList<>(refundsBookedWithoutRequest());
        Set<Long> refundsInLedger = new HashSet<>();
        for (BookedLine line : lines) {
            if (!line.conversion().base().currencyCode().equals(base)) {
                throw new DomainException("settlement.error.baseCurrency", "Line in base " + line.conversion().base()
                        + " but settlement is in " + base, base);
            }
            if (line.conversion().original().amount().signum() < 0) {
                throw new DomainException("settlement.error.negative", "Negative cost line");
            }
            if (line.refundRequestId() != null) {
                if (line.kind() != CostKind.REFUND) {
                    throw new DomainException("settlement.error.refund", "Refund " + line.refundRequestId()
                            + " booked as " + line.kind());
                }
                if (!refundsInLedger.add(line.refundRequestId())) {
                    throw new DomainException("settlement.error.refundTwice", "Refund " + line.refundRequestId()
                            + " twice in the ledger of case " + complaintId);
                }
            } else if (line.kind() == CostKind.REFUND && !bookedWithoutRequest.remove(line.conversion().original())) {
                throw new DomainException("settlement.error.refundWithoutRequest", "Refund line of "
                        + line.conversion().original() + " without a request on case " + complaintId);
            }
        }
        this.resolution = form.getResolution();
        this.offerId = form.getOfferId();
        this.buyerStays = form.getBuyerStays();
        this.feedback = form.getFeedback();
        String n = form.getNote() == null ? null : form.getNote().strip();
        this.note = n == null || n.isEmpty() ? null : n;
        costs.clear();
        int lineNo = 1;
        Money total = Money.zero(Currency.getInstance(base));
        for (BookedLine line : lines) {
            costs.add(new SettlementCost(this, lineNo++, line.kind(), line.conversion(), line.refundRequestId(),
                    line.note()));
            total = total.plus(line.conversion().base());
        }
        this.baseTotal = total;
    }

    SettlementSummary view(String settledByName) {
        return new SettlementSummary(complaintId, resolution, offerId, buyerStays, feedback, note,
                costs.stream().map(SettlementCost::view).toList(), baseTotal, settledAt,
                settledByName, version);
    }

    /**
     * The refund lines booked without a refund request, which only a settlement recorded before every refund had to
     * be one can hold. A correction may keep them as they are; it cannot add one.
     */
    List<Money> refundsBookedWithoutRequest() {
        return costs.stream().filter(c -> c.getKind() == CostKind.REFUND && c.getRefundRequestId() == null)
                .map(SettlementCost::amount).toList();
    }

    /** A short description for the history tab. */
    String describe() {
        return resolution + " · " + baseTotal + " · " + costs.size() + " line(s)"
                + (buyerStays == null ? "" : buyerStays ? " · buyer stays" : " · buyer lost") + " · feedback " + feedback;
    }

    Long getId() { return id; }
    long getComplaintId() { return complaintId; }
    String getBaseCurrency() { return baseTotal.currencyCode(); }
    Instant getSettledAt() { return settledAt; }
    long getSettledById() { return settledById; }
}
