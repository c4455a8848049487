package com.claimdesk.demo;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.demo.DemoCatalog.Carrier;
import com.claimdesk.demo.DemoRandom.Weighted;
import com.claimdesk.demo.DemoTexts.Country;
import com.claimdesk.demo.DemoTexts.Product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.claimdesk.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static com.claimdesk.complaint.ComplaintStatus.ESCALATED;
import static com.claimdesk.complaint.Marketplace.ALIBABA_TRADE_ASSURANCE;
import static com.claimdesk.complaint.Marketplace.ALIEXPRESS;
import static com.claimdesk.complaint.Marketplace.AMAZON;
import static com.claimdesk.complaint.Marketplace.DIRECT_B2B;
import static com.claimdesk.complaint.Marketplace.OTHER;
import static com.claimdesk.complaint.Marketplace.OWN_SHOP;
import static com.claimdesk.demo.DemoCatalog.amount;
import static com.claimdesk.demo.DemoCatalog.money;
import static com.claimdesk.demo.DemoCatalog.share;
import static com.claimdesk.demo.DemoRandom.w;

/**
 * The facts of one demo case that tell the story of its sub-reason: where and when it was ordered, by whom, what,
 * how it was shipped and what happened to it, what the buyer claims, tags, priority and the agent's note
 * ({@code demo/case-notes.yaml}) with this case's numbers filled in.
 */
final class DemoCaseFacts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final DemoRandom random;
    private final DemoTexts texts;
    private final DemoIdentifiers ids;

    DemoCaseFacts(DemoRandom random, DemoTexts texts) {
        this.random = random;
        this.texts = texts;
        this.ids = new DemoIdentifiers(random, texts);
    }


    /**
     * The buyer lists are short, so without more the demo's few hundred cases would have a handful of buyers claiming
     * again and again (the buyer history would flag most of them). A middle initial, one of five, derived from the
     * case rather than drawn (the other random choices stay as they were), makes some buyers regulars and most not.
     */
    private static String withMiddleInitial(String person, Marketplace marketplace, SubReason reason, LocalDate created) {
        if (!person.matches("\\p{IsLatin}+ \\p{IsLatin}+")) {
            return person;
        }
        int h = Math.floorMod((marketplace.name() + reason.name() + created).hashCode(), 5);
        int space = person.indexOf(' ');
        return person.substring(0, space) + " " + "JMRLS".charAt(h) + "." + person.substring(space);
    }

    ComplaintDetails details(SubReason reason, List<ComplaintStatus> path, LocalDate created) {
        Category category = reason.category();
        Marketplace marketplace = random.pick(marketplacesFor(reason));
        Country country = pickCountry(marketplace);
        String person = random.pickOne(country.names());
        String language = country.language();
        if (person.matches("[a-z]{2}:.*")) {
            language = person.substring(0, 2);
            person = person.substring(3);
        }
        String plainName = person;
        person = withMiddleInitial(person, marketplace, reason, created);
        boolean bulk = marketplace == ALIBABA_TRADE_ASSURANCE || marketplace == DIRECT_B2B;
        boolean sample = bulk && random.chance(0.15);
        boolean production = bulk && !sample;
        String currency = currency(marketplace, country);
        double usd = sample ? random.logUniform(15, 150) : switch (marketplace) {
            case ALIBABA_TRADE_ASSURANCE -> random.logUniform(120, 4000);
            case DIRECT_B2B -> random.logUniform(300, 4000);
            case ALIEXPRESS -> random.logUniform(8, 180);
            case AMAZON -> random.logUniform(12, 250);
            case OWN_SHOP -> random.logUniform(20, 600);
            case OTHER -> random.logUniform(10, 200);
        };
        BigDecimal value = orderValue(usd, currency);
        Product product = random.pickOne(production ? texts.bulkProducts : sample ? texts.bulkProducts : texts.retailProducts);
        boolean countsPieces = reason == SubReason.FEWER_PIECES || reason == SubReason.ACCESSORIES_MISSING
                || reason == SubReason.DAMAGED_IN_TRANSIT || reason == SubReason.DEFECTIVE_ON_ARRIVAL
                || reason == SubReason.PARCEL_OF_MULTI_PARCEL_MISSING;
        // a production order's quantity follows from its value at a plausible unit price
        int qty = production ? (int) Math.max(20, Math.round(usd / random.uniform(0.8, 8) / 10) * 10)
                : countsPieces ? random.between(2, 5)
                : sample ? random.between(1, 5) : random.between(1, 3);
        Carrier carrier = carrierFor(marketplace, reason);

        Map<String, String> v = new HashMap<>();
        v.put("product", product.of(qty));
        v.put("qty", String.valueOf(qty));
        v.put("carrier", carrier.label());
        v.put("country", country.name());
        v.put("customs", random.pickOne(country.customs()));
        v.put("normal", String.valueOf(carrier.normalDays()));
        v.put("platformOn", texts.platformOn.get(marketplace));

        var d = new ComplaintDetails();
        d.setMarketplace(marketplace);
        d.setCategory(category);
        d.setSubReason(reason);
        d.setBuyer(new Buyer(person, country.code(), ids.email(plainName), language,
                ids.account(marketplace, person, country.code())));
        d.setOrderCurrency(currency);
        d.setOrderValue(value);
        d.setSku(product.sku());
        d.setClaimedCurrency(currency);
        d.setShipment(Shipment.NONE.withCarrier(carrier.label())
                .withTrackingNumber(reason == SubReason.NO_TRACKING ? null : ids.trackingNumber(carrier)));

        timeline(d, reason, carrier, production, created, v);
        d.setOrderNumber(ids.orderNumber(marketplace, country, d.getOrderDate()));
        if (reason == SubReason.SIGNED_BY_SOMEONE_ELSE) {
            d.setShipment(d.getShipment().withSignerName(ids.signer(person, country)));
            v.put("signer", d.getShipment().signerName());
        }
        if (marketplace != AMAZON && random.chance(carrier.postal() ? 0.35 : 0.6)) {
            double freightUsd = carrier.postal() ? random.uniform(1.5, 12) : production ? random.uniform(40, 380) : random.uniform(18, 90);
            d.setShippingCost(amount(freightUsd, currency));
        }

        claim(d, reason, path, usd, qty, country, v);
        d.setTags(tags(reason, path, marketplace, sample, usd));
        d.setPriority(priority(reason, path, usd, d.getTags()));
        d.setSummary(note(reason, qty, product, production, v));
        return d;
    }

    private List<Weighted<Marketplace>> marketplacesFor(SubReason reason) {
        return switch (reason) {
            // untracked small packets only make sense for cheap retail orders
            case NO_TRACKING -> List.of(w(ALIEXPRESS, 6), w(OWN_SHOP, 2), w(OTHER, 2));
            // the promised date on the platform is what Trade Assurance enforces
            case DELAY_AGREED_DATE_NOT_EXTENDED -> List.of(w(ALIBABA_TRADE_ASSURANCE, 6), w(ALIEXPRESS, 2),
                    w(DIRECT_B2B, 2));
            case SHIPPED_AFTER_PROMISED_DATE -> List.of(w(ALIBABA_TRADE_ASSURANCE, 5), w(ALIEXPRESS, 2),
                    w(AMAZON, 1), w(DIRECT_B2B, 2));
            case CHARGEBACK_THREATENED -> List.of(w(OWN_SHOP, 4), w(ALIEXPRESS, 2), w(ALIBABA_TRADE_ASSURANCE, 2),
                    w(OTHER, 1));
            default -> DemoCatalog.MARKETPLACES;
        };
    }

    private Country pickCountry(Marketplace marketplace) {
        Set<String> allowed = DemoCatalog.MARKETPLACE_COUNTRIES.get(marketplace);
        return random.pick(texts.countries.stream()
                .filter(c -> allowed == null || allowed.contains(c.code()))
                .map(c -> w(c, c.weight()))
                .toList());
    }

    private String currency(Marketplace marketplace, Country country) {
        String local = country.currency();
        return switch (marketplace) {
            case AMAZON, OTHER -> local;
            case OWN_SHOP -> random.chance(0.8) ? local : "USD";
            case ALIEXPRESS -> random.chance(local.equals("JPY") ? 0.6 : 0.3) ? local : "USD";
            case ALIBABA_TRADE_ASSURANCE -> country.code().equals("RU") && random.chance(0.5) ? "CNY"
                    : random.chance(0.12) && !local.equals("JPY") ? local : "USD";
            case DIRECT_B2B -> country.code().equals("RU") || random.chance(0.15) ? "CNY"
                    : random.chance(0.2) ? local : "USD";
        };
    }

    private Carrier carrierFor(Marketplace marketplace, SubReason reason) {
        Carrier c = random.pick(DemoCatalog.CARRIERS.get(marketplace));
        if (reason == SubReason.NO_TRACKING) {
            return random.chance(0.6) ? Carrier.CHINA_POST : Carrier.YANWEN;
        }
        if (reason == SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME && !c.postal()) {
            return random.pickOne(DemoCatalog.POSTAL);
        }
        // a late delivery on a slow postal service would push the order date too far back for the demo window
        if (reason.category() == Category.LATE_DELIVERY && c.normalDays() > 15) {
            return random.pickOne(DemoCatalog.UNDER_TWO_WEEKS);
        }
        return c;
    }

    /**
     * Order, shipping, promised and delivery dates, worked backwards from the day the case was opened so that
     * they tell the story of the sub-reason; the order is placed 3 to 40 days before the case.
     */
    private void timeline(ComplaintDetails d, SubReason reason, Carrier carrier, boolean production,
                          LocalDate created, Map<String, String> v) {
        int normal = carrier.normalDays();
        int handling = production ? random.between(3, 10) : random.between(1, 4);
        Category category = reason.category();
        boolean arrived = switch (category) {
            case QUALITY, NOT_AS_DESCRIBED, WRONG_ITEM, SHORT_SHIPMENT, LATE_DELIVERY, NEGATIVE_FEEDBACK -> true;
            default -> reason == SubReason.SIGNED_BY_SOMEONE_ELSE;
        };
        LocalDate shipped;
        LocalDate promised;
        if (arrived) {
            int lag = reason == SubReason.FAILED_WITHIN_WARRANTY ? random.between(14, 28)
                    : category == Category.NEGATIVE_FEEDBACK ? random.between(1, 10) : random.between(0, 5);
            int transit = Math.max(2, (int) Math.round(normal * random.uniform(0.5, 1.0)));
            int promisedHandling = handling;
            switch (reason) {
                case SHIPPED_AFTER_PROMISED_DATE -> {
                    promisedHandling = random.between(2, 5);
                    handling = promisedHandling + random.between(4, 12);
                }
                case DELAY_AGREED_DATE_NOT_EXTENDED -> {
                    promisedHandling = random.between(2, 5);
                    handling = promisedHandling + random.between(5, 12);
                    v.put("agreed", String.valueOf(handling - promisedHandling));
                }
                case DELIVERED_AFTER_PROMISED_DATE -> transit = normal + random.between(3, 12);
                case FEEDBACK_ON_SHIPPING -> transit = normal + random.between(2, 10);
                default -> {
                }
            }
            int[] parts = {lag, transit, handling};
            int minTransit = reason == SubReason.DELIVERED_AFTER_PROMISED_DATE
                    || reason == SubReason.FEEDBACK_ON_SHIPPING ? normal + 1 : 2;
            int minLag = reason == SubReason.FAILED_WITHIN_WARRANTY ? 14 : 0;
            fit(parts, new int[]{minLag, minTransit, Math.min(handling, promisedHandling + 1)}, 40);
            lag = parts[0];
            transit = parts[1];
            handling = parts[2];
            LocalDate delivered = created.minusDays(lag);
            shipped = delivered.minusDays(transit);
            LocalDate ordered = shipped.minusDays(handling);
            promised = switch (reason) {
                case SHIPPED_AFTER_PROMISED_DATE, DELAY_AGREED_DATE_NOT_EXTENDED ->
                        ordered.plusDays(promisedHandling + normal);
                case DELIVERED_AFTER_PROMISED_DATE -> shipped.plusDays(normal);
                default -> shipped.plusDays(normal + random.between(2, 10));
            };
            if (category == Category.LATE_DELIVERY && !promised.isBefore(delivered)) {
                promised = delivered.minusDays(1);
            }
            if (!promised.isAfter(shipped)) {
                promised = shipped.plusDays(1);
            }
            d.setOrderDate(ordered);
            d.setShipment(d.getShipment().withDeliveredOn(delivered));
            v.put("delivered", DAY.format(delivered));
            v.put("transit", String.valueOf(transit));
            v.put("late", String.valueOf(delivered.toEpochDay() - promised.toEpochDay()));
            v.put("lateShip", String.valueOf(handling - promisedHandling));
            v.put("weeks", String.valueOf(Math.max(2, lag / 7)));
        } else {
            int since;
            switch (reason) {
                case NO_TRACKING -> since = random.between(20, 35);
                case IN_TRANSIT_WITHIN_NORMAL_TIME -> since = random.between(5, normal - 3);
                case IN_TRANSIT_OVERDUE -> since = normal + random.between(4, 14);
                case CUSTOMS_INSPECTION, CUSTOMS_PAPERS_REQUIRED, CUSTOMS_NOT_CLEARED_BY_BUYER -> {
                    int hold = random.between(3, 16);
                    int toCustoms = Math.max(2, (int) Math.round(normal * random.uniform(0.3, 0.6)));
                    int[] parts = {hold, toCustoms, handling};
                    fit(parts, new int[]{2, 2, 1}, 40);
                    handling = parts[2];
                    since = parts[0] + parts[1];
                    v.put("hold", String.valueOf(parts[0]));
                }
                case RETURNED_TO_SENDER -> since = random.between(18, 35);
                default -> since = random.between(6, 30);
            }
            int[] parts = {since, handling};
            fit(parts, new int[]{reason == SubReason.IN_TRANSIT_OVERDUE ? normal + 2 : 2, 1}, 40);
            since = parts[0];
            handling = parts[1];
            shipped = created.minusDays(since);
            d.setOrderDate(shipped.minusDays(handling));
            promised = reason == SubReason.IN_TRANSIT_OVERDUE ? shipped.plusDays(normal)
                    : shipped.plusDays(normal + random.between(3, 12));
            v.put("over", String.valueOf(created.toEpochDay() - promised.toEpochDay()));
            v.put("stuck", String.valueOf(reason == SubReason.IN_TRANSIT_OVERDUE
                    ? random.between(5, Math.min(since - 2, 20)) : random.between(1, 4)));
        }
        d.setShipment(d.getShipment().withShippedOn(shipped).withPromisedDeliveryOn(promised));
        v.put("days", String.valueOf(created.toEpochDay() - shipped.toEpochDay()));
        v.put("promised", DAY.format(promised));
    }

    /** Shrinks the parts, first ones first and never below their minimum, until they add up to at most max. */
    private static void fit(int[] parts, int[] mins, int max) {
        int sum = 0;
        for (int p : parts) {
            sum += p;
        }
        for (int i = 0; i < parts.length && sum > max; i++) {
            int cut = Math.min(parts[i] - mins[i], sum - max);
            if (cut > 0) {
                parts[i] -= cut;
                sum -= cut;
            }
        }
    }

    private void claim(ComplaintDetails d, SubReason reason, List<ComplaintStatus> path, double usd, int qty,
                       Country country, Map<String, String> v) {
        BigDecimal value = d.getOrderValue();
        String currency = d.getOrderCurrency();
        BigDecimal claimed = switch (reason) {
            case NO_TRACKING, IN_TRANSIT_OVERDUE, RETURNED_TO_SENDER -> random.chance(0.7) ? value : null;
            case IN_TRANSIT_WITHIN_NORMAL_TIME -> random.chance(0.2) ? value : null;
            case CUSTOMS_INSPECTION, CUSTOMS_PAPERS_REQUIRED -> random.chance(0.4) ? value : null;
            case CUSTOMS_NOT_CLEARED_BY_BUYER -> random.chance(0.6) ? value : null;
            case SIGNED_BY_SOMEONE_ELSE -> random.chance(0.85) ? value : null;
            case DAMAGED_IN_TRANSIT, DEFECTIVE_ON_ARRIVAL -> {
                int n = qty < 2 ? qty : random.between(Math.max(1, qty / 100), Math.max(1, qty / 5));
                v.put("n", String.valueOf(n));
                yield qty < 2 ? share(value, random.uniform(0.3, 1.0), currency) : share(value, (double) n / qty, currency);
            }
            case BUYER_DISSATISFIED_NO_FAULT -> random.chance(0.5) ? null : share(value, random.uniform(0.2, 1.0), currency);
            case FAILED_WITHIN_WARRANTY -> random.chance(0.4) ? null : share(value, random.uniform(0.4, 1.0), currency);
            case SPECIFICATION_DIFFERS, APPEARANCE_DIFFERS, MATERIAL_OR_QUALITY_GRADE_DIFFERS ->
                    random.chance(0.3) ? value : share(value, random.uniform(0.2, 0.6), currency);
            case WRONG_MODEL, WRONG_VARIANT, ANOTHER_ORDER_SHIPPED -> random.chance(0.5) ? value : null;
            case FEWER_PIECES -> {
                int missing = random.between(1, Math.max(1, qty / 4));
                v.put("missing", String.valueOf(missing));
                v.put("got", String.valueOf(qty - missing));
                yield share(value, (double) missing / qty, currency);
            }
            case PARCEL_OF_MULTI_PARCEL_MISSING -> {
                int parcels = qty >= 50 ? random.between(3, 8) : random.between(2, 3);
                v.put("parcels", String.valueOf(parcels));
                v.put("parcelsGot", String.valueOf(parcels - 1));
                yield share(value, 1.0 / parcels, currency);
            }
            case ACCESSORIES_MISSING -> {
                v.put("accessory", random.pickOne(texts.accessories));
                v.put("n", String.valueOf(random.between(1, Math.max(1, qty / 3))));
                yield share(value, random.uniform(0.05, 0.15), currency);
            }
            case SHIPPED_AFTER_PROMISED_DATE, DELIVERED_AFTER_PROMISED_DATE, DELAY_AGREED_DATE_NOT_EXTENDED ->
                    share(value, random.uniform(0.05, 0.3), currency);
            case FEEDBACK_ON_PRODUCT, FEEDBACK_ON_SERVICE, FEEDBACK_ON_SHIPPING ->
                    random.chance(0.8) ? null : share(value, random.uniform(0.05, 0.15), currency);
            case CUSTOMS_FEES_CLAIMED -> {
                // the buyer paid the duty at home, so the claim is in their currency, not the order's
                d.setClaimedCurrency(country.currency());
                yield amount(usd * random.uniform(0.12, 0.28) + random.uniform(6, 15), country.currency());
            }
            case FREIGHT_CLAIMED -> d.getShippingCost() != null && random.chance(0.6) ? d.getShippingCost()
                    : amount(Math.min(usd * 0.6, random.uniform(15, 90)), currency);
            case OTHER_COSTS_CLAIMED -> amount(usd * random.uniform(0.1, 0.5) + 10, currency);
            case CHARGEBACK_THREATENED -> d.getShippingCost() == null ? value : value.add(d.getShippingCost());
        };
        if (claimed == null && path.contains(AWAITING_APPROVAL)) {
            // nobody asks a manager to approve nothing
            claimed = share(value, random.uniform(0.5, 1.0), currency);
        }
        d.setClaimedAmount(claimed);
        if (claimed != null) {
            v.put("amount", money(claimed, d.getClaimedCurrency()));
            v.put("fee", money(claimed, d.getClaimedCurrency()));
        }
        v.put("left", String.valueOf(random.between(3, 10)));
        v.put("stars", String.valueOf(random.between(1, 2)));
        v.put("lastScan", random.pickOne(texts.lastScans));
        v.put("silence", String.valueOf(random.between(2, 6)));
        v.put("spec", random.pickOne(texts.specs));
        v.put("reason", random.pickOne(texts.feedbackReasons));
    }

    private Set<String> tags(SubReason reason, List<ComplaintStatus> path, Marketplace marketplace,
                             boolean sample, double usd) {
        Set<String> tags = new LinkedHashSet<>();
        if (reason == SubReason.CHARGEBACK_THREATENED
                || (path.contains(ESCALATED) && marketplace != DIRECT_B2B && random.chance(0.3))) {
            tags.add("chargeback-risk");
        }
        if (sample) {
            tags.add("sample");
        }
        switch (reason.category()) {
            case QUALITY, NOT_AS_DESCRIBED, WRONG_ITEM, SHORT_SHIPMENT -> {
                if (random.chance(0.5)) {
                    tags.add("photo-evidence");
                }
            }
            default -> {
            }
        }
        boolean customs = reason == SubReason.CUSTOMS_INSPECTION || reason == SubReason.CUSTOMS_PAPERS_REQUIRED
                || reason == SubReason.CUSTOMS_NOT_CLEARED_BY_BUYER || reason == SubReason.CUSTOMS_FEES_CLAIMED;
        if (customs && random.chance(0.7)) {
            tags.add("customs");
        }
        if (!sample && usd > 1500 && (marketplace == ALIBABA_TRADE_ASSURANCE || marketplace == DIRECT_B2B)
                && random.chance(0.4)) {
            tags.add("vip");
        }
        if (random.chance(0.12)) {
            tags.add("repeat-buyer");
        }
        return tags.stream().limit(2).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Priority priority(SubReason reason, List<ComplaintStatus> path, double usd, Set<String> tags) {
        if (reason == SubReason.CHARGEBACK_THREATENED) {
            return Priority.URGENT;
        }
        if (path.contains(ESCALATED)) {
            return random.chance(0.4) ? Priority.URGENT : Priority.HIGH;
        }
        if (tags.contains("vip") || tags.contains("chargeback-risk") || usd > 2000) {
            return random.chance(0.7) ? Priority.HIGH : Priority.NORMAL;
        }
        boolean minor = switch (reason) {
            case IN_TRANSIT_WITHIN_NORMAL_TIME, BUYER_DISSATISFIED_NO_FAULT, FEEDBACK_ON_PRODUCT,
                 FEEDBACK_ON_SERVICE, FEEDBACK_ON_SHIPPING -> true;
            default -> false;
        };
        if (minor) {
            return random.chance(0.35) ? Priority.LOW : Priority.NORMAL;
        }
        double r = random.nextDouble();
        return r < 0.09 ? Priority.HIGH : r < 0.12 ? Priority.LOW : r < 0.14 ? Priority.URGENT : Priority.NORMAL;
    }

    private String note(SubReason reason, int qty, Product product, boolean production, Map<String, String> v) {
        List<String> fitting = new ArrayList<>();
        for (String t : texts.notes.get(reason)) {
            int bar = t.indexOf('|');
            String flags = bar > 0 && t.substring(0, bar).matches("[A-Z]+") ? t.substring(0, bar) : "";
            if ((flags.contains("M") && qty < 2) || (flags.contains("P") && !product.powered())
                    || (flags.contains("B") && !production)) {
                continue;
            }
            fitting.add(flags.isEmpty() ? t : t.substring(bar + 1));
        }
        String filled = DemoTexts.fill(random.pickOne(fitting), v);
        // a note may start with a placeholder such as the product name
        return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
    }

    // ---- money ----

    private BigDecimal orderValue(double usd, String currency) {
        if (currency.equals("JPY")) {
            // yen prices end in round tens, as shops set them
            long yen = Math.max(1200, Math.min(600_000, Math.round(usd * DemoCatalog.PER_USD.get("JPY") / 10) * 10));
            return BigDecimal.valueOf(yen);
        }
        double value = usd * DemoCatalog.PER_USD.get(currency);
        // kept within 8 to 4,000 without piling up on the bounds, which would look made up
        if (value > 4000) {
            value = 4000 * random.uniform(0.55, 1.0);
        } else if (value < 8) {
            value = 8 + random.uniform(0, 4);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
