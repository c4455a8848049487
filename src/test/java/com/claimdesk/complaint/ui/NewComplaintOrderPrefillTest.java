package com.claimdesk.complaint.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.TestUsers;
import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.OrderDetails;
import com.claimdesk.order.OrderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NewComplaintOrderPrefillTest extends KaribuTest {

    @Autowired
    OrderService orders;

    private String knownOrder() {
        String number = "P" + UUID.randomUUID().toString().substring(0, 10);
        TestUsers.login(userService, "lead");
        var o = new OrderDetails();
        o.setMarketplace(Marketplace.AMAZON);
        o.setOrderNumber(number);
        o.setOrderDate(LocalDate.of(2025, 5, 2));
        o.setOrderValue(new BigDecimal("77.00"));
        o.setCurrency("GBP");
        o.setBuyer(new Buyer("Harriet Jones", "GB", null, null));
        o.setShipment(Shipment.NONE.withCarrier("Royal Mail").withTrackingNumber("RM123456789GB"));
        orders.upsert(o);
        TestUsers.logout();
        return number;
    }

    @Test
    void entering_a_known_order_fills_the_order_buyer_and_shipment_fields_but_keeps_what_was_typed() {
        String number = knownOrder();
        login("agent");
        navigate("cases/new");
        ComplaintForm f = _get(ComplaintForm.class);
        TestFields.set(f.buyerName, "H. Jones (typed)");
        TestFields.set(f.marketplace, Marketplace.AMAZON);
        TestFields.set(f.orderNumber, number);

        assertThat(_get(NewComplaintView.class).orderHint.isVisible()).isTrue();
        assertThat(f.orderDate.getValue()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(f.orderValue.getValue()).isEqualByComparingTo("77");
        assertThat(f.orderCurrency.getValue()).isEqualTo("GBP");
        assertThat(f.buyerCountry.getValue()).isEqualTo("GB");
        assertThat(f.trackingNumber.getValue()).isEqualTo("RM123456789GB");
        assertThat(f.buyerName.getValue()).isEqualTo("H. Jones (typed)");
    }

    @Test
    void an_unknown_order_fills_nothing() {
        login("agent");
        navigate("cases/new");
        ComplaintForm f = _get(ComplaintForm.class);
        TestFields.set(f.marketplace, Marketplace.AMAZON);
        TestFields.set(f.orderNumber, "NO-SUCH-" + UUID.randomUUID());
        assertThat(_get(NewComplaintView.class).orderHint.isVisible()).isFalse();
        assertThat(f.orderDate.getValue()).isNull();
    }
}
