package com.claimdesk.complaint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import static java.util.Map.entry;

/** Which editable facts of a case an edit changed, as text for the audit trail. */
final class DetailsDiff {

    record Change(String field, String oldValue, String newValue) {
    }

    private static final List<Map.Entry<String, Function<ComplaintDetails, Object>>> FIELDS = List.of(
            entry("marketplace", ComplaintDetails::getMarketplace),
            entry("orderNumber", ComplaintDetails::getOrderNumber),
            entry("orderDate", ComplaintDetails::getOrderDate),
            entry("orderValue", d -> money(d.getOrderValue(), d.getOrderCurrency())),
            entry("shippingCost", d -> money(d.getShippingCost(), d.getOrderCurrency())),
            entry("claimedAmount", d -> money(d.getClaimedAmount(), d.getClaimedCurrency())),
            entry("buyerName", ComplaintDetails::getBuyerName),
            entry("buyerCountry", ComplaintDetails::getBuyerCountry),
            entry("buyerEmail", ComplaintDetails::getBuyerEmail),
            entry("buyerLanguage", ComplaintDetails::getBuyerLanguage),
            entry("category", ComplaintDetails::getCategory),
            entry("subReason", ComplaintDetails::getSubReason),
            entry("priority", ComplaintDetails::getPriority),
            entry("carrier", ComplaintDetails::getCarrier),
            entry("trackingNumber", ComplaintDetails::getTrackingNumber),
            entry("shippedOn", ComplaintDetails::getShippedOn),
            entry("promisedDeliveryOn", ComplaintDetails::getPromisedDeliveryOn),
            entry("deliveredOn", ComplaintDetails::getDeliveredOn),
            entry("signerName", ComplaintDetails::getSignerName),
            entry("summary", ComplaintDetails::getSummary),
            entry("orderItems", ComplaintDetails::getOrderItems),
            entry("sku", ComplaintDetails::getSku),
            entry("deliveryAddress", ComplaintDetails::getDeliveryAddress),
            entry("tags", d -> String.join(", ", new TreeSet<>(d.getTags()))));

    private DetailsDiff() {
    }

    static List<Change> between(ComplaintDetails before, ComplaintDetails after) {
        List<Change> changes = new ArrayList<>();
        for (var f : FIELDS) {
            String old = text(f.getValue().apply(before));
            String now = text(f.getValue().apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new Change(f.getKey(), old, now));
            }
        }
        return changes;
    }

    private static Object money(BigDecimal amount, String currency) {
        return amount == null ? null : currency + " " + amount.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        return s.isBlank() ? null : s.trim();
    }
}
