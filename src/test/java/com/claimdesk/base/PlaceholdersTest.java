package com.claimdesk.base;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    @Test
    void known_placeholders_with_a_value_are_replaced() {
        var result = Placeholders.render("Dear {buyer.name}, your order {order.number} ships with {shipment.carrier}.",
                Map.of("buyer.name", "Olivia Brown", "order.number", "3051887321", "shipment.carrier", "DHL Express"));

        assertThat(result.text()).isEqualTo("Dear Olivia Brown, your order 3051887321 ships with DHL Express.");
        assertThat(result.missing()).isEmpty();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void known_placeholders_without_a_value_stay_in_the_text_and_are_listed_once_in_order() {
        var values = new HashMap<String, String>();
        values.put("buyer.name", "Olivia Brown");
        values.put("coupon.value", "  ");
        values.put("customs.office", null);
        var result = Placeholders.render(
                "{buyer.name}: {customs.office} holds it. Coupon {coupon.value}. Again {customs.office}. {order.number}",
                values);

        assertThat(result.text())
                .isEqualTo("Olivia Brown: {customs.office} holds it. Coupon {coupon.value}. Again {customs.office}. {order.number}");
        assertThat(result.missing()).containsExactly("customs.office", "coupon.value", "order.number");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void unknown_placeholders_are_named_once_each_in_order_of_appearance() {
        assertThat(Placeholders.unknownIn("Hi {buyer.firstName}, {order.number} {buyer.firstName} {tracking.url}"))
                .containsExactly("buyer.firstName", "tracking.url");
        assertThat(Placeholders.unknownIn("Hi {buyer.name}, order {order.number}")).isEmpty();
    }

    @Test
    void a_placeholder_with_a_typo_in_its_case_or_depth_is_unknown_rather_than_ignored() {
        assertThat(Placeholders.unknownIn("{Buyer.name} {buyer.NAME} {buyer.name.first} {order_no.x1}"))
                .containsExactly("Buyer.name", "buyer.NAME", "buyer.name.first", "order_no.x1");
    }

    @Test
    void unknown_placeholders_are_neither_replaced_nor_reported_missing() {
        var result = Placeholders.render("{buyer.nickname} / {buyer.name}",
                Map.of("buyer.nickname", "Liv", "buyer.name", "Olivia"));
        assertThat(result.text()).isEqualTo("{buyer.nickname} / Olivia");
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void remaining_lists_the_known_placeholders_still_in_a_text() {
        assertThat(Placeholders.remainingIn("Coupon {coupon.value}, office {customs.office}, {coupon.value}, {x.y}"))
                .containsExactly("coupon.value", "customs.office");
        assertThat(Placeholders.remainingIn("All filled in for Olivia.")).isEmpty();
        assertThat(Placeholders.remainingIn(null)).isEmpty();
    }

    @Test
    void braces_that_are_not_placeholders_are_left_alone() {
        String body = "{ } {} {buyer} {buyer.} {.name} {buyer name} {{ }} {\"order\": {\"number\": 1}} { buyer.name }"
                + " ${price} a{b}c";

        assertThat(Placeholders.unknownIn(body)).isEmpty();
        assertThat(Placeholders.remainingIn(body)).isEmpty();
        var result = Placeholders.render(body, Map.of("buyer.name", "Olivia"));
        assertThat(result.text()).isEqualTo(body);
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void values_are_inserted_literally_and_never_scanned_for_placeholders_again() {
        var result = Placeholders.render("Dear {buyer.name}, order {order.number}",
                Map.of("buyer.name", "$1 \\ {order.number} {coupon.value}", "order.number", "A-1"));

        assertThat(result.text()).isEqualTo("Dear $1 \\ {order.number} {coupon.value}, order A-1");
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void html_and_script_in_bodies_and_values_stay_plain_text() {
        String body = "<p onclick=\"x()\">Hello {buyer.name}</p><script>alert('{order.number}')</script>";
        var result = Placeholders.render(body,
                Map.of("buyer.name", "<img src=x onerror=alert(1)>", "order.number", "</script><b>1</b>"));

        assertThat(result.text()).isEqualTo(
                "<p onclick=\"x()\">Hello <img src=x onerror=alert(1)></p><script>alert('</script><b>1</b>')</script>");
        assertThat(Placeholders.unknownIn(body)).isEmpty();
    }

    @Test
    void parsing_cuts_a_body_into_text_and_placeholders_that_join_back_to_the_body() {
        String body = "Dear {buyer.name},\n{json: 1} {coupon.value}{x.y}!";
        var parts = Placeholders.parse(body);

        assertThat(parts).containsExactly(
                new Placeholders.Part.Text("Dear "),
                new Placeholders.Part.Placeholder("buyer.name", true),
                new Placeholders.Part.Text(",\n{json: 1} "),
                new Placeholders.Part.Placeholder("coupon.value", true),
                new Placeholders.Part.Placeholder("x.y", false),
                new Placeholders.Part.Text("!"));
        assertThat(parts.stream().map(p -> switch (p) {
            case Placeholders.Part.Text t -> t.text();
            case Placeholders.Part.Placeholder ph -> ph.token();
        }).reduce("", String::concat)).isEqualTo(body);
    }

    @Test
    void empty_and_missing_bodies_are_harmless() {
        assertThat(Placeholders.render(null, Map.of()).text()).isEmpty();
        assertThat(Placeholders.render("", null).missing()).isEmpty();
        assertThat(Placeholders.render("{buyer.name}", null).missing()).containsExactly("buyer.name");
        assertThat(Placeholders.unknownIn(null)).isEmpty();
        assertThat(Placeholders.parse(null)).isEmpty();
    }

    @Test
    void the_known_placeholders_are_the_agreed_ones() {
        assertThat(Placeholders.KNOWN).containsExactly("buyer.name", "order.number", "order.date",
                "shipment.carrier", "shipment.trackingNumber", "shipment.promisedDeliveryOn", "customs.office",
                "coupon.value", "claim.amount", "case.number", "agent.name");
    }
}
