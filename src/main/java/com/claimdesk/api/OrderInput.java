package com.claimdesk.api;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.OrderDetails;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An order as a client sends it; marketplace and order number come from the address. Replaces what is stored. */
public record OrderInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate orderDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal orderValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "USD") String currency,
        BigDecimal shippingCost,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String buyerName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "DE") String buyerCountry,
        String buyerEmail, String buyerLanguage, String orderItems, String deliveryAddress, String carrier,
        String trackingNumber, LocalDate shippedOn, LocalDate promisedDeliveryOn, LocalDate deliveredOn,
        String signerName) {

    OrderDetails toDetails(Marketplace marketplace, String orderNumber) {
        var d = new OrderDetails();
        d.setMarketplace(marketplace);
        d.setOrderNumber(orderNumber);
        d.setOrderDate(orderDate);
        d.setOrderValue(orderValue);
        d.setCurrency(currency);
        d.setShippingCost(shippingCost);
        d.setBuyerName(buyerName);
        d.setBuyerCountry(buyerCountry);
        d.setBuyerEmail(buyerEmail);
        d.setBuyerLanguage(buyerLanguage);
        d.setOrderItems(orderItems);
        d.setDeliveryAddress(deliveryAddress);
        d.setCarrier(carrier);
        d.setTrackingNumber(trackingNumber);
        d.setShippedOn(shippedOn);
        d.setPromisedDeliveryOn(promisedDeliveryOn);
        d.setDeliveredOn(deliveredOn);
        d.setSignerName(signerName);
        return d;
    }
}
