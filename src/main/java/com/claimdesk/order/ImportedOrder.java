package com.claimdesk.order;

import com.claimdesk.complaint.Marketplace;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One order of one marketplace; the key (marketplace, order number) never changes once stored. */
@Entity
@Table(name = "imported_order")
class ImportedOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private Marketplace marketplace;

    @Column(name = "order_number", nullable = false, length = 64, updatable = false)
    private String orderNumber;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "order_value_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal orderValue;

    @Column(name = "order_value_currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "shipping_cost_amount", precision = 19, scale = 4)
    private BigDecimal shippingCost;

    @Column(name = "buyer_name", nullable = false, length = 120)
    private String buyerName;

    @Column(name = "buyer_country", nullable = false, length = 2)
    private String buyerCountry;

    @Column(name = "buyer_email", length = 254)
    private String buyerEmail;

    @Column(name = "buyer_language", length = 16)
    private String buyerLanguage;

    @Column(name = "order_items", length = 1000)
    private String orderItems;

    @Column(name = "delivery_address", length = 500)
    private String deliveryAddress;

    @Column(length = 64)
    private String carrier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(name = "shipped_on")
    private LocalDate shippedOn;

    @Column(name = "promised_delivery_on")
    private LocalDate promisedDeliveryOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "signer_name", length = 120)
    private String signerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ImportedOrder() {
    }

    ImportedOrder(OrderDetails details, Instant now) {
        this.marketplace = details.getMarketplace();
        this.orderNumber = details.getOrderNumber();
        this.createdAt = now;
        apply(details, now);
    }

    /** Takes the new facts; false (and nothing touched) when they are the ones already stored. */
    boolean update(OrderDetails details, Instant now) {
        if (toDetails().sameAs(details)) {
            return false;
        }
        apply(details, now);
        return true;
    }

    private void apply(OrderDetails d, Instant now) {
        if (d.getMarketplace() != marketplace || !d.getOrderNumber().equals(orderNumber)) {
            throw new IllegalArgumentException("The key of order " + marketplace + "/" + orderNumber + " is fixed");
        }
        orderDate = d.getOrderDate();
        orderValue = d.getOrderValue();
        currency = d.getCurrency();
        shippingCost = d.getShippingCost();
        buyerName = d.getBuyerName();
        buyerCountry = d.getBuyerCountry();
        buyerEmail = d.getBuyerEmail();
        buyerLanguage = d.getBuyerLanguage();
        orderItems = d.getOrderItems();
        deliveryAddress = d.getDeliveryAddress();
        carrier = d.getCarrier();
        trackingNumber = d.getTrackingNumber();
        shippedOn = d.getShippedOn();
        promisedDeliveryOn = d.getPromisedDeliveryOn();
        deliveredOn = d.getDeliveredOn();
        signerName = d.getSignerName();
        updatedAt = now;
    }

    OrderDetails toDetails() {
        var d = new OrderDetails();
        d.setMarketplace(marketplace);
        d.setOrderNumber(orderNumber);
        d.setOrderDate(orderDate);
        // the column keeps four decimals; the order has the currency's two
        d.setOrderValue(orderValue == null ? null : orderValue.stripTrailingZeros().scale() <= 2
                ? orderValue.setScale(2, java.math.RoundingMode.UNNECESSARY) : orderValue);
        d.setCurrency(currency);
        d.setShippingCost(shippingCost == null ? null : shippingCost.stripTrailingZeros().scale() <= 2
                ? shippingCost.setScale(2, java.math.RoundingMode.UNNECESSARY) : shippingCost);
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

    KnownOrder toKnownOrder() {
        return new KnownOrder(id, toDetails(), createdAt, updatedAt);
    }

    Long getId() { return id; }
    Instant getUpdatedAt() { return updatedAt; }
}
