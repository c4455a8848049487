package com.claimdesk.order;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.Buyer;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A known order stores the value objects a case has, under the same columns, and a new case starts from them. */
@IntegrationTest
class KnownOrderFactsTest {

    @Autowired
    OrderService orders;
    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private final String number = "K" + UUID.randomUUID().toString().substring(0, 12);

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private OrderDetails order(String value, String currency, String shipping) {
        var o = new OrderDetails();
        o.setMarketplace(Marketplace.OWN_SHOP);
        o.setOrderNumber(number);
        o.setOrderDate(LocalDate.of(2026, 2, 1));
        o.setOrderValue(new BigDecimal(value));
        o.setCurrency(currency);
        o.setShippingCost(shipping == null ? null : new BigDecimal(shipping));
        o.setOrderItems("2 x desk lamp");
        o.setBuyer(new Buyer("Klaus Weber", "DE", "klaus@example.com", null));
        return o;
    }

    @Test
    void the_amounts_are_stored_as_money_and_the_facts_come_back_as_they_went_in() {
        TestUsers.login(users, "lead");
        var o = order("120.5", "EUR", "9.5");
        var buyer = o.getBuyer();
        var shipment = new Shipment("Hauptstr. 1, 10115 Berlin", "DHL", "JD0001", LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 9), "Nachbar");
        o.setShipment(shipment);
        assertThat(orders.upsert(o)).isEqualTo(UpsertOutcome.CREATED);

        Map<String, Object> row = jdbc.queryForMap("SELECT order_value_amount, order_value_currency, "
                + "shipping_cost_amount, shipping_cost_currency, buyer_name, carrier, signer_name "
                + "FROM imported_order WHERE order_number = ?", number);
        assertThat((BigDecimal) row.get("order_value_amount")).isEqualByComparingTo("120.50");
        assertThat(row.get("shipping_cost_currency")).as("the shipping cost is Money too").isEqualTo("EUR");
        assertThat(row).containsEntry("buyer_name", "Klaus Weber").containsEntry("carrier", "DHL")
                .containsEntry("signer_name", "Nachbar");

        var stored = orders.find(Marketplace.OWN_SHOP, number).orElseThrow().details();
        assertThat(stored.getBuyer()).isEqualTo(buyer);
        assertThat(stored.getShipment()).isEqualTo(shipment);
        assertThat(stored.getShippingCost()).isEqualByComparingTo("9.50");
        assertThat(orders.upsert(order("120.50", "EUR", "9.50"))).as("the shipment left out: replaced")
                .isEqualTo(UpsertOutcome.UPDATED);
        var again = order("120.5", "EUR", "9.5");
        assertThat(orders.upsert(again)).as("the same facts, amounts compared as money")
                .isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(orders.find(Marketplace.OWN_SHOP, number).orElseThrow().details().getShipment())
                .as("no shipment column set reads back as no shipment, not null").isEqualTo(Shipment.NONE);
    }

    @Test
    void a_new_case_starts_from_the_orders_value_objects_and_the_default_language() {
        TestUsers.login(users, "lead");
        var o = order("64", "GBP", null);
        o.setBuyer(new Buyer("Harriet Jones", "GB", null, null));
        o.setShipment(Shipment.NONE.withCarrier("Royal Mail").withTrackingNumber("RM1GB"));
        orders.upsert(o);
        TestUsers.login(users, "agent");
        var d = complaints.prefill(Marketplace.OWN_SHOP, number).orElseThrow();
        assertThat(d.getBuyer()).isEqualTo(new Buyer("Harriet Jones", "GB", null, "en"));
        assertThat(d.getShipment()).isEqualTo(o.getShipment());
        assertThat(d.getOrderValue()).isEqualByComparingTo("64");
        assertThat(d.getOrderCurrency()).isEqualTo("GBP");
        assertThat(d.getClaimedCurrency()).isEqualTo("GBP");
        assertThat(d.getShippingCost()).isNull();
    }

    @Test
    void an_amount_with_more_decimals_than_its_currency_has_is_refused_not_stored() {
        TestUsers.login(users, "lead");
        var o = order("1500.50", "JPY", null);
        o.setBuyer(new Buyer("Sato Yuki", "JP", null, "ja"));
        // such an order could never make a case (a case's amounts are Money): it is refused when stored
        assertThatThrownBy(() -> orders.upsert(o)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("money.digits");
        assertThat(orders.find(Marketplace.OWN_SHOP, number)).isEmpty();
    }
}
