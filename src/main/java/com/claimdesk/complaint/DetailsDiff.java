package com.claimdesk.complaint;

import com.claimdesk.base.ValueObjects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which editable facts of a case an edit changed, as text for the audit trail. The buyer's and the shipment's
 * facts are compared component by component under their own names, so a new one is audited without a line here.
 */
final class DetailsDiff {

    record Change(String field, String oldValue, String newValue) {
    }

    private DetailsDiff() {
    }

    static List<Change> between(ComplaintDetails before, ComplaintDetails after) {
        Map<String, Object> old = facts(before);
        Map<String, Object> now = facts(after);
        List<Change> changes = new ArrayList<>();
        for (String field : old.keySet()) {
            String was = text(old.get(field));
            String is = text(now.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return changes;
    }

    private static Map<String, Object> facts(ComplaintDetails d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("marketplace", d.getMarketplace());
        f.put("orderNumber", d.getOrderNumber());
        f.put("orderDate", d.getOrderDate());
        f.put("orderValue", money(d.getOrderValue(), d.getOrderCurrency()));
        f.put("shippingCost", money(d.getShippingCost(), d.getOrderCurrency()));
        f.put("claimedAmount", money(d.getClaimedAmount(), d.getClaimedCurrency()));
        f.putAll(ValueObjects.components(d.getBuyer()));
        f.put("category", d.getCategory());
        f.put("subReason", d.getSubReason());
        f.put("priority", d.getPriority());
        f.putAll(ValueObjects.components(d.getShipment()));
        f.put("summary", d.getSummary());
        f.put("orderItems", d.getOrderItems());
        f.put("sku", d.getSku());
        f.put("tags", String.join(", ", new TreeSet<>(d.getTags())));
        return f;
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
