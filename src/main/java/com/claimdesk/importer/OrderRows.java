package com.claimdesk.importer;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.KnownOrder;
import com.claimdesk.order.OrderDetails;
import com.claimdesk.order.OrderService;
import com.claimdesk.order.UpsertOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static com.claimdesk.importer.ImportField.*;

/** Order rows: a known order (same marketplace and number) is updated with the row's non-empty cells. */
final class OrderRows implements RowWriter {

    private final OrderService orders;
    private final Violations violations;

    OrderRows(OrderService orders, Violations violations) {
        this.orders = orders;
        this.violations = violations;
    }

    @Override
    public Prepared prepare(ParsedRow row) {
        Marketplace marketplace = row.get(MARKETPLACE);
        String number = row.get(ORDER_NUMBER);
        Optional<KnownOrder> known = orders.find(marketplace, number);
        OrderDetails d = known.map(k -> k.details().copy()).orElseGet(OrderDetails::new);
        d.setMarketplace(marketplace);
        d.setOrderNumber(number);
        if (row.has(ORDER_DATE)) d.setOrderDate(row.<LocalDate>get(ORDER_DATE));
        if (row.has(ORDER_VALUE)) d.setOrderValue(row.<BigDecimal>get(ORDER_VALUE));
        if (row.has(CURRENCY)) d.setCurrency(row.get(CURRENCY));
        if (row.has(SHIPPING_COST)) d.setShippingCost(row.<BigDecimal>get(SHIPPING_COST));
        if (row.has(BUYER_NAME)) d.setBuyerName(row.get(BUYER_NAME));
        if (row.has(BUYER_COUNTRY)) d.setBuyerCountry(row.get(BUYER_COUNTRY));
        if (row.has(BUYER_EMAIL)) d.setBuyerEmail(row.get(BUYER_EMAIL));
        if (row.has(BUYER_LANGUAGE)) d.setBuyerLanguage(row.get(BUYER_LANGUAGE));
        if (row.has(ORDER_ITEMS)) d.setOrderItems(row.get(ORDER_ITEMS));
        if (row.has(DELIVERY_ADDRESS)) d.setDeliveryAddress(row.get(DELIVERY_ADDRESS));
        if (row.has(CARRIER)) d.setCarrier(row.get(CARRIER));
        if (row.has(TRACKING_NUMBER)) d.setTrackingNumber(row.get(TRACKING_NUMBER));
        if (row.has(SHIPPED_ON)) d.setShippedOn(row.<LocalDate>get(SHIPPED_ON));
        if (row.has(PROMISED_DELIVERY_ON)) d.setPromisedDeliveryOn(row.<LocalDate>get(PROMISED_DELIVERY_ON));
        if (row.has(DELIVERED_ON)) d.setDeliveredOn(row.<LocalDate>get(DELIVERED_ON));
        if (row.has(SIGNER_NAME)) d.setSignerName(row.get(SIGNER_NAME));
        return new Prepared(row, known.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.CREATED, null, d, 0,
                violations.of(d));
    }

    @Override
    public Written write(Prepared prepared) {
        OrderDetails d = (OrderDetails) prepared.target();
        return new Written(orders.upsert(d), d.getMarketplace() + " " + d.getOrderNumber());
    }
}
