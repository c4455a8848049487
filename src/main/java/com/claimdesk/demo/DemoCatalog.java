package com.claimdesk.demo;

import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.claimdesk.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static com.claimdesk.complaint.ComplaintStatus.CLOSED;
import static com.claimdesk.complaint.ComplaintStatus.ESCALATED;
import static com.claimdesk.complaint.ComplaintStatus.INVESTIGATING;
import static com.claimdesk.complaint.ComplaintStatus.NEGOTIATING;
import static com.claimdesk.complaint.ComplaintStatus.RESOLVED;
import static com.claimdesk.complaint.Marketplace.ALIBABA_TRADE_ASSURANCE;
import static com.claimdesk.complaint.Marketplace.ALIEXPRESS;
import static com.claimdesk.complaint.Marketplace.AMAZON;
import static com.claimdesk.complaint.Marketplace.DIRECT_B2B;
import static com.claimdesk.complaint.Marketplace.OTHER;
import static com.claimdesk.complaint.Marketplace.OWN_SHOP;
import static com.claimdesk.demo.DemoRandom.w;

/**
 * How often things happen in the demo data, and the carriers with their transit times and tracking numbers: the
 * shape of the data, which the code's rules depend on. The texts are in {@link DemoTexts}.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    /** Weights per 100 cases; 55 end open, 45 resolved or closed. */
    static final List<DemoRandom.Weighted<List<ComplaintStatus>>> STATUS_PATHS = List.of(
            w(List.of(), 12),
            w(List.of(INVESTIGATING), 15),
            w(List.of(INVESTIGATING, NEGOTIATING), 12),
            w(List.of(INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL), 6),
            w(List.of(ESCALATED), 4),
            w(List.of(INVESTIGATING, NEGOTIATING, ESCALATED), 4),
            w(List.of(INVESTIGATING, RESOLVED, INVESTIGATING), 2),
            w(List.of(INVESTIGATING, RESOLVED), 6),
            w(List.of(INVESTIGATING, NEGOTIATING, RESOLVED), 11),
            w(List.of(INVESTIGATING, NEGOTIATING, RESOLVED, CLOSED), 14),
            w(List.of(INVESTIGATING, RESOLVED, CLOSED), 6),
            w(List.of(NEGOTIATING, RESOLVED, CLOSED), 3),
            w(List.of(INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL, RESOLVED, CLOSED), 4),
            w(List.of(INVESTIGATING, RESOLVED, CLOSED, INVESTIGATING, RESOLVED), 1));

    /** How often each sub-reason comes up beyond the two cases every sub-reason gets. */
    static final List<DemoRandom.Weighted<SubReason>> SUB_REASONS = List.of(
            w(SubReason.NO_TRACKING, 3), w(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME, 7),
            w(SubReason.IN_TRANSIT_OVERDUE, 7), w(SubReason.CUSTOMS_INSPECTION, 4),
            w(SubReason.CUSTOMS_PAPERS_REQUIRED, 4), w(SubReason.CUSTOMS_NOT_CLEARED_BY_BUYER, 3),
            w(SubReason.SIGNED_BY_SOMEONE_ELSE, 4), w(SubReason.RETURNED_TO_SENDER, 3),
            w(SubReason.DAMAGED_IN_TRANSIT, 7), w(SubReason.DEFECTIVE_ON_ARRIVAL, 6),
            w(SubReason.BUYER_DISSATISFIED_NO_FAULT, 4), w(SubReason.FAILED_WITHIN_WARRANTY, 3),
            w(SubReason.SPECIFICATION_DIFFERS, 4), w(SubReason.APPEARANCE_DIFFERS, 3),
            w(SubReason.MATERIAL_OR_QUALITY_GRADE_DIFFERS, 3),
            w(SubReason.WRONG_MODEL, 3), w(SubReason.WRONG_VARIANT, 3), w(SubReason.ANOTHER_ORDER_SHIPPED, 1),
            w(SubReason.FEWER_PIECES, 3), w(SubReason.PARCEL_OF_MULTI_PARCEL_MISSING, 2),
            w(SubReason.ACCESSORIES_MISSING, 2),
            w(SubReason.SHIPPED_AFTER_PROMISED_DATE, 3), w(SubReason.DELIVERED_AFTER_PROMISED_DATE, 4),
            w(SubReason.DELAY_AGREED_DATE_NOT_EXTENDED, 3),
            w(SubReason.FEEDBACK_ON_PRODUCT, 2), w(SubReason.FEEDBACK_ON_SERVICE, 2),
            w(SubReason.FEEDBACK_ON_SHIPPING, 2),
            w(SubReason.CUSTOMS_FEES_CLAIMED, 2), w(SubReason.FREIGHT_CLAIMED, 1),
            w(SubReason.OTHER_COSTS_CLAIMED, 1), w(SubReason.CHARGEBACK_THREATENED, 1));

    static final List<DemoRandom.Weighted<Marketplace>> MARKETPLACES = List.of(
            w(ALIBABA_TRADE_ASSURANCE, 34), w(ALIEXPRESS, 30), w(AMAZON, 12), w(OWN_SHOP, 10), w(DIRECT_B2B, 9),
            w(OTHER, 5));

    /** Where the platform itself decides the buyer's country: Amazon and eBay ("other") sites per country. */
    static final Map<Marketplace, Set<String>> MARKETPLACE_COUNTRIES = Map.of(
            AMAZON, Set.of("US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "AU"),
            OTHER, Set.of("US", "GB", "DE", "AU", "CA", "FR", "IT", "ES", "IE", "AT"));

    /** Units of each currency per US dollar, rounded: good enough for made-up prices, not for the team's rates. */
    static final Map<String, Double> PER_USD = Map.of(
            "USD", 1.0, "EUR", 0.92, "GBP", 0.79, "CNY", 7.2, "AUD", 1.52, "CAD", 1.37, "JPY", 150.0);

    /** A carrier and the transit time to most destinations that the team quotes to buyers. */
    enum Carrier {
        CHINA_POST("China Post", 25),
        YANWEN("Yanwen", 20),
        FOUR_PX("4PX", 14),
        CAINIAO("Cainiao", 15),
        EMS("EMS", 12),
        SF("SF Express", 7),
        DHL("DHL Express", 5),
        FEDEX("FedEx", 5),
        UPS("UPS", 6);

        private final String label;
        private final int normalDays;

        Carrier(String label, int normalDays) {
            this.label = label;
            this.normalDays = normalDays;
        }

        /** The carrier's name as the case shows it. */
        String label() {
            return label;
        }

        int normalDays() {
            return normalDays;
        }

        boolean postal() {
            return normalDays >= 12;
        }
    }

    static final Map<Marketplace, List<DemoRandom.Weighted<Carrier>>> CARRIERS = Map.of(
            ALIBABA_TRADE_ASSURANCE, List.of(w(Carrier.DHL, 30), w(Carrier.FEDEX, 20), w(Carrier.UPS, 15),
                    w(Carrier.EMS, 10), w(Carrier.SF, 10), w(Carrier.FOUR_PX, 10), w(Carrier.CHINA_POST, 5)),
            ALIEXPRESS, List.of(w(Carrier.CAINIAO, 35), w(Carrier.CHINA_POST, 20), w(Carrier.YANWEN, 20),
                    w(Carrier.FOUR_PX, 15), w(Carrier.EMS, 5), w(Carrier.SF, 5)),
            AMAZON, List.of(w(Carrier.YANWEN, 25), w(Carrier.FOUR_PX, 25), w(Carrier.DHL, 20), w(Carrier.UPS, 15),
                    w(Carrier.FEDEX, 15)),
            OWN_SHOP, List.of(w(Carrier.FOUR_PX, 25), w(Carrier.YANWEN, 20), w(Carrier.CHINA_POST, 20),
                    w(Carrier.DHL, 20), w(Carrier.SF, 15)),
            DIRECT_B2B, List.of(w(Carrier.DHL, 35), w(Carrier.FEDEX, 25), w(Carrier.UPS, 20), w(Carrier.SF, 10),
                    w(Carrier.EMS, 10)),
            OTHER, List.of(w(Carrier.CHINA_POST, 30), w(Carrier.YANWEN, 30), w(Carrier.FOUR_PX, 20),
                    w(Carrier.EMS, 10), w(Carrier.DHL, 10)));

    static final List<Carrier> POSTAL = List.of(Carrier.CHINA_POST, Carrier.YANWEN, Carrier.FOUR_PX,
            Carrier.CAINIAO, Carrier.EMS);
    static final List<Carrier> UNDER_TWO_WEEKS = List.of(Carrier.DHL, Carrier.FEDEX, Carrier.UPS, Carrier.SF,
            Carrier.EMS, Carrier.FOUR_PX);

    // ---- money ----

    /** A US-dollar amount in {@code currency}, at that currency's minor units (none for yen). */
    static BigDecimal amount(double usd, String currency) {
        return BigDecimal.valueOf(usd * PER_USD.get(currency))
                .setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal value, double fraction, String currency) {
        BigDecimal part = value.multiply(BigDecimal.valueOf(fraction))
                .setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return part.min(value);
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + String.format(Locale.ENGLISH, "%,." + amount.scale() + "f", amount);
    }
}
