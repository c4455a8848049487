package com.claimdesk.api;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.KnownOrder;
import com.claimdesk.order.OrderDetails;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A known order; {@code cases} lists the case numbers about it, newest first (only on the single-order read). */
public record OrderResource(Marketplace marketplace, String orderNumber, LocalDate orderDate, BigDecimal orderValue,
                            String currency, BigDecimal shippingCost, String buyerName, String buyerCountry,
                            String buyerEmail, String buyerLanguage, String orderItems, String deliveryAddress,
                            String carrier, String trackingNumber, LocalDate shippedOn, LocalDate promisedDeliveryOn,
                            LocalDate deliveredOn, String signerName, Instant createdAt, Instant updatedAt,
                            List<String> cases) {

    static OrderResource of(KnownOrder o, List<String> cases) {
        OrderDetails d = o.details();
        return new OrderResource(d.getMarketplace(), d.getOrderNumber(), d.getOrderDate(), d.getOrderValue(),
                d.getCurrency(), d.getShippingCost(), d.getBuyerName(), d.getBuyerCountry(), d.getBuyerEmail(),
                d.getBuyerLanguage(), d.getOrderItems(), d.getDeliveryAddress(), d.getCarrier(), d.getTrackingNumber(),
                d.getShippedOn(), d.getPromisedDeliveryOn(), d.getDeliveredOn(), d.getSignerName(), o.createdAt(),
                o.updatedAt(), cases);
    }
}
