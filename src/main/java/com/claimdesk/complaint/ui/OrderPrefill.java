package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.ComplaintDetails;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** What the agent typed wins; the known order fills what is still empty. */
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
        fillText(typed, order, ComplaintDetails::getBuyerName, ComplaintDetails::setBuyerName);
        fill(typed, order, ComplaintDetails::getBuyerCountry, ComplaintDetails::setBuyerCountry);
        fillText(typed, order, ComplaintDetails::getBuyerEmail, ComplaintDetails::setBuyerEmail);
        fillText(typed, order, ComplaintDetails::getOrderItems, ComplaintDetails::setOrderItems);
        fillText(typed, order, ComplaintDetails::getDeliveryAddress, ComplaintDetails::setDeliveryAddress);
        fillText(typed, order, ComplaintDetails::getCarrier, ComplaintDetails::setCarrier);
        fillText(typed, order, ComplaintDetails::getTrackingNumber, ComplaintDetails::setTrackingNumber);
        fill(typed, order, ComplaintDetails::getShippedOn, ComplaintDetails::setShippedOn);
        fill(typed, order, ComplaintDetails::getPromisedDeliveryOn, ComplaintDetails::setPromisedDeliveryOn);
        fill(typed, order, ComplaintDetails::getDeliveredOn, ComplaintDetails::setDeliveredOn);
        fillText(typed, order, ComplaintDetails::getSignerName, ComplaintDetails::setSignerName);
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
