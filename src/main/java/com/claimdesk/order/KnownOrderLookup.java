package com.claimdesk.order;

import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.OrderLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Known orders as the starting point of a new case ({@link OrderLookup}). */
@Component
class KnownOrderLookup implements OrderLookup {

    private final ImportedOrderRepository orders;

    KnownOrderLookup(ImportedOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintDetails> orderFacts(Marketplace marketplace, String orderNumber) {
        if (marketplace == null || orderNumber == null || orderNumber.isBlank()) {
            return Optional.empty();
        }
        return orders.findByMarketplaceAndOrderNumber(marketplace, orderNumber.trim()).map(KnownOrderLookup::asCase);
    }

    private static ComplaintDetails asCase(ImportedOrder o) {
        var d = new ComplaintDetails();
        d.setMarketplace(o.getMarketplace());
        d.setOrderNumber(o.getOrderNumber());
        d.orderFacts(o.getFacts());
        d.setClaimedCurrency(d.getOrderCurrency());
        // what the order does not say (its buyer's language, often) keeps the new case's default
        d.setBuyer(d.getBuyer().overlaidWith(o.getBuyer()));
        d.setShipment(o.getShipment());
        return d;
    }
}
