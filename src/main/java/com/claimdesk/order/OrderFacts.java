package com.claimdesk.order;

import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.OrderLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Known orders as the starting point of a new case ({@link OrderLookup}). */
@Component
class OrderFacts implements OrderLookup {

    private final ImportedOrderRepository orders;

    OrderFacts(ImportedOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintDetails> orderFacts(Marketplace marketplace, String orderNumber) {
        if (marketplace == null || orderNumber == null || orderNumber.isBlank()) {
            return Optional.empty();
        }
        return orders.findByMarketplaceAndOrderNumber(marketplace, orderNumber.trim())
                .map(o -> asCaseDetails(o.toDetails()));
    }

    static ComplaintDetails asCaseDetails(OrderDetails o) {
        var d = new ComplaintDetails();
        d.setMarketplace(o.getMarketplace());
        d.setOrderNumber(o.getOrderNumber());
        d.setOrderDate(o.getOrderDate());
        d.setOrderValue(o.getOrderValue());
        d.setOrderCurrency(o.getCurrency());
        d.setClaimedCurrency(o.getCurrency());
        d.setShippingCost(o.getShippingCost());
        d.setBuyerName(o.getBuyerName());
        d.setBuyerCountry(o.getBuyerCountry());
        d.setBuyerEmail(o.getBuyerEmail());
        if (o.getBuyerLanguage() != null) {
            d.setBuyerLanguage(o.getBuyerLanguage());
        }
        d.setOrderItems(o.getOrderItems());
        d.setDeliveryAddress(o.getDeliveryAddress());
        d.setCarrier(o.getCarrier());
        d.setTrackingNumber(o.getTrackingNumber());
        d.setShippedOn(o.getShippedOn());
        d.setPromisedDeliveryOn(o.getPromisedDeliveryOn());
        d.setDeliveredOn(o.getDeliveredOn());
        d.setSignerName(o.getSignerName());
        return d;
    }
}
