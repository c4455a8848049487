package com.claimdesk.base;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an order says apart from its key (marketplace and order number), its buyer and its shipment: when it was
 * placed, what it was worth, what the shipping cost, what was in it. Stored the same way, under the same columns,
 * on a case and on a known order. The amounts are {@link Money}; forms, files and API calls give them as an amount
 * and a currency code apart (validated field by field), and {@link #of} turns those into this. The shipping cost is
 * in the order's currency.
 */
@Embeddable
public record OrderFacts(
        @Column(name = "order_date") LocalDate orderDate,

        @Embedded
        @AttributeOverride(name = "amount", column = @Column(name = "order_value_amount", precision = 19, scale = 4))
        @AttributeOverride(name = "currency", column = @Column(name = "order_value_currency", length = 3))
        Money orderValue,

        @Embedded
        @AttributeOverride(name = "amount", column = @Column(name = "shipping_cost_amount", precision = 19, scale = 4))
        @AttributeOverride(name = "currency", column = @Column(name = "shipping_cost_currency", length = 3))
        Money shippingCost,

        @Column(name = "order_items", length = 1000) String orderItems) {

    public OrderFacts {
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(orderValue, "orderValue");
        if (orderValue.isNegative() || (shippingCost != null && shippingCost.isNegative())) {
            throw new DomainException("money.notNegative", "Negative amount in an order");
        }
        if (shippingCost != null && !shippingCost.currency().equals(orderValue.currency())) {
            throw new IllegalArgumentException("Shipping cost " + shippingCost + " not in the order's currency "
                    + orderValue.currencyCode());
        }
        orderItems = Texts.clean(orderItems);
    }

    /** The facts as entered; refused with a translatable message when an amount does not fit its currency. */
    public static OrderFacts of(LocalDate orderDate, BigDecimal orderValue, String currency, BigDecimal shippingCost,
                                String orderItems) {
        return new OrderFacts(orderDate, Money.entered(orderValue, currency), Money.entered(shippingCost, currency),
                orderItems);
    }
}
