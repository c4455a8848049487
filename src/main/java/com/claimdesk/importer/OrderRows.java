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
        if (row.has(ORDER_ITEMS)) d.setOrderItems(row.get(ORDER_ITEMS));
        d.setBuyer(row.over(d.getBuyer()));
        d.setShipment(row.over(d.getShipment()));
        return new Prepared(row, known.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.CREATED, null, d, 0,
                violations.of(d));
    }

    @Override
    public Written write(Prepared prepared) {
        OrderDetails d = (OrderDetails) prepared.target();
        return new Written(orders.upsert(d), d.getMarketplace() + " " + d.getOrderNumber());
    }
}
