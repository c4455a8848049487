package com.claimdesk.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The buyer, shipment and order facts a case and a known order share, and the record plumbing over them. */
class ValueObjectsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static Set<String> invalid(Object value, Class<?>... groups) {
        return VALIDATOR.validate(value, groups).stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void text_is_kept_stripped_and_blank_is_no_value() {
        var buyer = new Buyer("  Anna Schmidt ", "DE", " ", "\tde ");
        assertThat(buyer).isEqualTo(new Buyer("Anna Schmidt", "DE", null, "de"));
        var shipment = new Shipment(" Hauptstr. 1 ", " DHL", "  ", null, null, null, " ");
        assertThat(shipment).isEqualTo(Shipment.NONE.withDeliveryAddress("Hauptstr. 1").withCarrier("DHL"));
    }

    @Test
    void a_shipment_delivered_before_it_was_shipped_breaks_its_own_rule() {
        assertThat(invalid(Shipment.NONE.withShippedOn(D).withDeliveredOn(D.minusDays(1))))
                .containsExactly("deliveredAfterShipped");
        assertThat(invalid(Shipment.NONE.withShippedOn(D).withDeliveredOn(D))).isEmpty();
        assertThat(invalid(Shipment.NONE.withDeliveredOn(D))).as("an unknown date contradicts nothing").isEmpty();
        assertThat(Shipment.NONE.withShippedOn(D).isShippedOnOrAfter(D.plusDays(1))).isFalse();
        assertThat(Shipment.NONE.withShippedOn(D).isShippedOnOrAfter(D)).isTrue();
    }

    @Test
    void the_facts_carry_their_field_rules_under_the_names_the_forms_and_files_use() {
        assertThat(invalid(new Buyer(null, "Germany", "not an address", "x".repeat(17))))
                .containsExactlyInAnyOrder("buyerName", "buyerCountry", "buyerEmail", "buyerLanguage");
        assertThat(invalid(Shipment.NONE.withCarrier("c".repeat(65)).withTrackingNumber("t".repeat(65))
                .withSignerName("s".repeat(121)).withDeliveryAddress("a".repeat(501))))
                .containsExactlyInAnyOrder("carrier", "trackingNumber", "signerName", "deliveryAddress");
    }

    @Test
    void an_order_may_leave_the_buyers_language_out_a_case_may_not() {
        var noLanguage = new Buyer("Anna Schmidt", "DE", null, null);
        assertThat(invalid(noLanguage)).isEmpty();
        assertThat(invalid(noLanguage, Buyer.OnACase.class)).containsExactly("buyerLanguage");
        assertThat(invalid(new Buyer(null, "DE", null, "de"), Buyer.OnACase.class))
                .as("a case's rules include the default ones").containsExactly("buyerName");
    }

    @Test
    void what_the_top_gives_wins_and_the_base_fills_the_rest() {
        var order = new Shipment("Hauptstr. 1", "DHL", "JD0001", D, D.plusDays(10), null, null);
        var typed = Shipment.NONE.withTrackingNumber("JD0002").withSignerName("Nachbar");
        assertThat(order.overlaidWith(typed))
                .isEqualTo(new Shipment("Hauptstr. 1", "DHL", "JD0002", D, D.plusDays(10), null, "Nachbar"));
        assertThat(order.overlaidWith(null)).isEqualTo(order);
        assertThat(new Buyer(null, null, null, "en").overlaidWith(new Buyer("Anna", "DE", null, null)))
                .as("a default the top does not say stays").isEqualTo(new Buyer("Anna", "DE", null, "en"));
    }

    @Test
    void records_are_read_and_rebuilt_component_by_component_in_declaration_order() {
        var buyer = new Buyer("Anna", "DE", "anna@example.com", "de", "A2ANNA");
        assertThat(ValueObjects.components(buyer)).containsExactly(
                java.util.Map.entry("buyerName", "Anna"), java.util.Map.entry("buyerCountry", "DE"),
                java.util.Map.entry("buyerEmail", "anna@example.com"), java.util.Map.entry("buyerLanguage", "de"),
                java.util.Map.entry("buyerAccount", "A2ANNA"));
        assertThat(ValueObjects.componentNames(Shipment.class)).containsExactly("deliveryAddress", "carrier",
                "trackingNumber", "shippedOn", "promisedDeliveryOn", "deliveredOn", "signerName");
        assertThat(ValueObjects.with(buyer, name -> name.equals("buyerLanguage") ? Optional.of(" ") : Optional.empty()))
                .as("rebuilt through the canonical constructor, so its rules apply")
                .isEqualTo(new Buyer("Anna", "DE", "anna@example.com", null, "A2ANNA"));
    }

    @Test
    void the_signer_differs_from_the_buyer_regardless_of_case_and_blanks() {
        var buyer = new Buyer("Maria Lopez", "ES", null, "es");
        assertThat(Shipment.NONE.withSignerName("J. Lopez").signerDiffersFrom(buyer)).isTrue();
        assertThat(Shipment.NONE.withSignerName(" maria lopez ").signerDiffersFrom(buyer)).isFalse();
        assertThat(Shipment.NONE.signerDiffersFrom(buyer)).isFalse();
    }

    @Test
    void order_amounts_are_money_in_the_orders_currency_and_never_negative_or_rounded() {
        var facts = OrderFacts.of(D, new BigDecimal("12.5"), "EUR", new BigDecimal("3"), " 2 x lamp ");
        assertThat(facts.orderValue()).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(facts.shippingCost()).isEqualTo(Money.of("3.00", "EUR"));
        assertThat(facts.orderItems()).isEqualTo("2 x lamp");
        assertThat(facts).as("12.5 and 12.50 are the same order")
                .isEqualTo(OrderFacts.of(D, new BigDecimal("12.50"), "EUR", new BigDecimal("3.0"), "2 x lamp"));
        assertThat(OrderFacts.of(D, BigDecimal.TEN, "USD", null, null).shippingCost()).isNull();

        assertThatThrownBy(() -> OrderFacts.of(D, new BigDecimal("1500.5"), "JPY", null, null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("money.digits");
        assertThatThrownBy(() -> OrderFacts.of(D, BigDecimal.TEN, "USD", new BigDecimal("-1"), null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("money.notNegative");
        assertThatThrownBy(() -> new OrderFacts(D, Money.of("10", "USD"),
                new Money(BigDecimal.ONE, Currency.getInstance("EUR")), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order's currency");
    }
}
