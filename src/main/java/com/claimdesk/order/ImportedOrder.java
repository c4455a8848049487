package com.claimdesk.order;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.OrderFacts;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Marketplace;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One order of one marketplace; the key (marketplace, order number) never changes once stored. Its facts are the
 * value objects a case embeds too, under the same columns.
 */
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

    @Embedded
    private OrderFacts facts;

    @Embedded
    private Buyer buyer;

    /** Null when every shipment column is (Hibernate's way with an empty embeddable); read through the getter. */
    @Embedded
    private Shipment shipment;

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
        checkKey(details);
        if (details.orderFacts().equals(facts) && details.getBuyer().equals(buyer)
                && details.getShipment().equals(getShipment())) {
            return false;
        }
        apply(details, now);
        return true;
    }

    private void apply(OrderDetails d, Instant now) {
        checkKey(d);
        facts = d.orderFacts();
        buyer = d.getBuyer();
        shipment = d.getShipment();
        updatedAt = now;
    }

    private void checkKey(OrderDetails d) {
        if (d.getMarketplace() != marketplace || !d.getOrderNumber().equals(orderNumber)) {
            throw new IllegalArgumentException("The key of order " + marketplace + "/" + orderNumber + " is fixed");
        }
    }

    OrderDetails toDetails() {
        var d = new OrderDetails();
        d.setMarketplace(marketplace);
        d.setOrderNumber(orderNumber);
        d.orderFacts(facts);
        d.setBuyer(buyer);
        d.setShipment(getShipment());
        return d;
    }

    KnownOrder toKnownOrder() {
        return new KnownOrder(id, toDetails(), createdAt, updatedAt);
    }

    Long getId() { return id; }
    Marketplace getMarketplace() { return marketplace; }
    String getOrderNumber() { return orderNumber; }
    OrderFacts getFacts() { return facts; }
    Buyer getBuyer() { return buyer; }
    Shipment getShipment() { return shipment == null ? Shipment.NONE : shipment; }
    Instant getUpdatedAt() { return updatedAt; }
}
