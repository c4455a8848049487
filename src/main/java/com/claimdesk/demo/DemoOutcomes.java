package com.claimdesk.demo;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.FeedbackOutcome;
import com.claimdesk.settlement.SettlementForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static com.claimdesk.demo.DemoCatalog.amount;
import static com.claimdesk.demo.DemoCatalog.share;

/**
 * How a finished demo case ended: what the team gave and what it cost (the settlement), and once closed the root
 * cause it found, who was responsible and the prevention note. The seeder turns a settlement's refund lines into
 * approved refund requests and has the lead review most closed cases.
 */
final class DemoOutcomes {

    private final DemoRandom random;
    private final DemoTexts texts;

    DemoOutcomes(DemoRandom random, DemoTexts texts) {
        this.random = random;
        this.texts = texts;
    }

    /** What a team gives for such a complaint and what it costs, in the order's currency (freight in USD). */
    SettlementForm settlement(SubReason reason, List<ComplaintStatus> path, ComplaintDetails d) {
        Resolution resolution = switch (reason.category()) {
            case NOT_RECEIVED -> random.pickOne(List.of(Resolution.RESHIP_OR_REPLACE, Resolution.FULL_REFUND,
                    Resolution.EXPLANATION_ONLY, Resolution.WAIT_THEN_RESHIP));
            case QUALITY -> random.pickOne(List.of(Resolution.PARTIAL_REFUND, Resolution.PARTIAL_REFUND,
                    Resolution.RESHIP_OR_REPLACE, Resolution.RETURN_AND_REFUND, Resolution.REPAIR));
            case NOT_AS_DESCRIBED -> random.pickOne(List.of(Resolution.PARTIAL_REFUND, Resolution.RETURN_AND_REFUND));
            case WRONG_ITEM -> random.pickOne(List.of(Resolution.RESHIP_OR_REPLACE, Resolution.PARTIAL_REFUND));
            case SHORT_SHIPMENT -> random.pickOne(List.of(Resolution.RESHIP_OR_REPLACE, Resolution.PARTIAL_REFUND));
            case LATE_DELIVERY -> random.pickOne(List.of(Resolution.COUPON, Resolution.PARTIAL_REFUND,
                    Resolution.EXPLANATION_ONLY));
            case NEGATIVE_FEEDBACK -> random.pickOne(List.of(Resolution.COUPON, Resolution.GIFT,
                    Resolution.EXPLANATION_ONLY));
            case COST_CLAIM -> random.pickOne(List.of(Resolution.PARTIAL_REFUND, Resolution.EXPLANATION_ONLY));
        };
        String currency = d.getOrderCurrency();
        BigDecimal order = d.getOrderValue();
        var form = new SettlementForm();
        form.setResolution(resolution);
        List<CostLine> costs = new ArrayList<>();
        switch (resolution) {
            case PARTIAL_REFUND ->
                    costs.add(cost(CostKind.REFUND, share(order, random.uniform(0.08, 0.4), currency), currency));
            case FULL_REFUND -> costs.add(cost(CostKind.REFUND, order, currency));
            case RETURN_AND_REFUND -> {
                costs.add(cost(CostKind.REFUND, order, currency));
                costs.add(cost(CostKind.FREIGHT_BACK, amount(random.uniform(15, 90), "USD"), "USD"));
            }
            case RESHIP_OR_REPLACE, WAIT_THEN_RESHIP -> {
                costs.add(cost(CostKind.REPLACEMENT_GOODS, share(order, random.uniform(0.3, 0.8), currency),
                        currency));
                // the shipping cost of the order is in its currency; without one, a courier rate in USD
                costs.add(d.getShippingCost() != null ? cost(CostKind.FREIGHT_OUT, d.getShippingCost(), currency)
                        : cost(CostKind.FREIGHT_OUT, amount(random.uniform(12, 120), "USD"), "USD"));
            }
            case REPAIR -> costs.add(cost(CostKind.OTHER, amount(random.uniform(10, 60), "USD"), "USD"));
            case COUPON ->
                    costs.add(cost(CostKind.COUPON, share(order, random.uniform(0.05, 0.15), currency), currency));
            case GIFT -> costs.add(cost(CostKind.OTHER, amount(random.uniform(5, 25), "USD"), "USD"));
            case EXPLANATION_ONLY -> { }
        }
        if (reason == SubReason.CUSTOMS_FEES_CLAIMED && d.getClaimedAmount() != null && random.chance(0.6)) {
            costs.add(cost(CostKind.CUSTOMS_DUTIES, d.getClaimedAmount(), d.getClaimedCurrency()));
        }
        if (path.contains(ComplaintStatus.ESCALATED) && random.chance(0.4)) {
            costs.add(cost(CostKind.PLATFORM_FEE, amount(random.uniform(5, 50), "USD"), "USD"));
        }
        form.setCosts(costs);
        form.setBuyerStays(random.chance(0.15) ? null : random.chance(0.72));
        form.setFeedback(reason.category() == Category.NEGATIVE_FEEDBACK
                ? random.pickOne(List.of(FeedbackOutcome.REMOVED, FeedbackOutcome.CHANGED, FeedbackOutcome.UNCHANGED))
                : random.chance(0.1) ? FeedbackOutcome.UNCHANGED : FeedbackOutcome.NONE_LEFT);
        return form;
    }

    private static CostLine cost(CostKind kind, BigDecimal amount, String currency) {
        return new CostLine(kind, amount, currency, null, null);
    }

    /** The root cause a team would find for such a complaint, with the odd surprise (and the odd unknown). */
    ClosingDetails closing(SubReason reason) {
        RootCause cause = switch (reason) {
            case NO_TRACKING, IN_TRANSIT_OVERDUE, SIGNED_BY_SOMEONE_ELSE, DAMAGED_IN_TRANSIT, FEEDBACK_ON_SHIPPING ->
                    RootCause.CARRIER;
            case IN_TRANSIT_WITHIN_NORMAL_TIME, BUYER_DISSATISFIED_NO_FAULT -> RootCause.BUYER_HANDLING;
            case CUSTOMS_INSPECTION, CUSTOMS_PAPERS_REQUIRED, CUSTOMS_FEES_CLAIMED -> RootCause.CUSTOMS;
            case CUSTOMS_NOT_CLEARED_BY_BUYER, RETURNED_TO_SENDER -> RootCause.BUYER_ADDRESS;
            case DEFECTIVE_ON_ARRIVAL, FAILED_WITHIN_WARRANTY, MATERIAL_OR_QUALITY_GRADE_DIFFERS, FEEDBACK_ON_PRODUCT ->
                    RootCause.PRODUCT_QUALITY;
            case SPECIFICATION_DIFFERS, APPEARANCE_DIFFERS -> RootCause.DESCRIPTION_MISMATCH;
            case WRONG_MODEL, WRONG_VARIANT, ANOTHER_ORDER_SHIPPED, FEWER_PIECES, PARCEL_OF_MULTI_PARCEL_MISSING,
                 ACCESSORIES_MISSING, FEEDBACK_ON_SERVICE, OTHER_COSTS_CLAIMED, SHIPPED_AFTER_PROMISED_DATE ->
                    RootCause.SELLER_PROCESS;
            case DELIVERED_AFTER_PROMISED_DATE, DELAY_AGREED_DATE_NOT_EXTENDED -> RootCause.DELIVERY_DATE_NOT_EXTENDED;
            case FREIGHT_CLAIMED -> RootCause.PACKAGING;
            case CHARGEBACK_THREATENED -> RootCause.SELLER_PROCESS;
        };
        if (random.chance(0.08)) {
            cause = RootCause.UNKNOWN;
        }
        Responsibility who = switch (cause) {
            case PRODUCT_QUALITY -> random.chance(0.7) ? Responsibility.FACTORY : Responsibility.SELLER;
            case PACKAGING, DELIVERY_DATE_NOT_EXTENDED, DESCRIPTION_MISMATCH, SELLER_PROCESS -> Responsibility.SELLER;
            case CARRIER -> Responsibility.CARRIER;
            case CUSTOMS -> random.chance(0.5) ? Responsibility.CUSTOMS_AUTHORITY : Responsibility.SHARED;
            case BUYER_ADDRESS, BUYER_HANDLING -> Responsibility.BUYER;
            case UNKNOWN -> Responsibility.UNKNOWN;
        };
        String note = texts.preventionNotes.get(cause);
        // a product fault is often one bad batch: only every other team writes a rule for it
        if (cause == RootCause.PRODUCT_QUALITY && !random.chance(0.5)) {
            note = null;
        }
        return new ClosingDetails(cause, who, note);
    }
}
