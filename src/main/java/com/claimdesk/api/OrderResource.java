package com.claimdesk.api;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.KnownOrder;
import com.claimdesk.order.OrderDetails;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A known order; {@code cases} lists the case numbers about it, newest first (only on the single-order read). The
 * buyer's and the shipment's fields are flat in the JSON.
 */
public record OrderResource(Marketplace marketplace, String orderNumber, LocalDate orderDate, BigDecimal orderValue,
                            String currency, BigDecimal shippingCost, @JsonUnwrapped Buyer buyer, String orderItems,
                            @JsonUnwrapped Shipment shipment, Instant createdAt, Instant updatedAt,
                            List<String> cases) {

    static OrderResource of(KnownOrder o, List<String> cases) {
        OrderDetails d = o.details();
        return new OrderResource(d.getMarketplace(), d.getOrderNumber(), d.getOrderDate(), d.getOrderValue(),
                d.getCurrency(), d.getShippingCost(), d.getBuyer(), d.getOrderItems(), d.getShipment(),
                o.createdAt(), o.updatedAt(), cases);
    }
}
