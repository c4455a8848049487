package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.ComplaintDetails;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What the agent typed wins; the known order fills what is still empty (the buyer's and the shipment's facts one by
 * one).
 */
final class OrderPrefill {

    private OrderPrefill() {
    }

    static ComplaintDetails merge(ComplaintDetails typed, ComplaintDetails order) {
        fill(typed, order, ComplaintDetails::getOrderDate, ComplaintDetails::setOrderDate);
        fill(typed, order, ComplaintDetails::getOrderValue, ComplaintDetails::setOrderValue);
        if (typed.getOrderValue() == order.getOrderValue()) {
            // the value came from the order: so does its currency
            typed.setOrderCurrency(order.getOrderCurrency());
            typed.setClaimedCurrency(order.getOrderCurrency());
        }
        fill(typed, order, ComplaintDetails::getShippingCost, ComplaintDetails::setShippingCost);
        fillText(typed, order, ComplaintDetails::getOrderItems, ComplaintDetails::setOrderItems);
        typed.setBuyer(order.getBuyer().overlaidWith(typed.getBuyer()));
        typed.setShipment(order.getShipment().overlaidWith(typed.getShipment()));
        return typed;
    }

    private static <T> void fill(ComplaintDetails typed, ComplaintDetails order, Function<ComplaintDetails, T> get,
                                 BiConsumer<ComplaintDetails, T> set) {
        if (get.apply(typed) == null) {
            set.accept(typed, get.apply(order));
        }
    }

    private static void fillText(ComplaintDetails typed, ComplaintDetails order,
                                 Function<ComplaintDetails, String> get, BiConsumer<ComplaintDetails, String> set) {
        String value = get.apply(typed);
        if (value == null || value.isBlank()) {
            set.accept(typed, get.apply(order));
        }
    }
}
