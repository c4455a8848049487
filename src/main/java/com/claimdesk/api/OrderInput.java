package com.claimdesk.api;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.OrderDetails;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order as a client sends it; marketplace and order number come from the address. Replaces what is stored. The
 * buyer's and the shipment's fields are flat in the JSON.
 */
public record OrderInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate orderDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal orderValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "USD") String currency,
        BigDecimal shippingCost,
        @JsonUnwrapped Buyer buyer,
        String orderItems,
        @JsonUnwrapped Shipment shipment) {

    OrderDetails toDetails(Marketplace marketplace, String orderNumber) {
        var d = new OrderDetails();
        d.setMarketplace(marketplace);
        d.setOrderNumber(orderNumber);
        d.setOrderDate(orderDate);
        d.setOrderValue(orderValue);
        d.setCurrency(currency);
        d.setShippingCost(shippingCost);
        d.setBuyer(buyer);
        d.setOrderItems(orderItems);
        d.setShipment(shipment);
        return d;
    }
}
