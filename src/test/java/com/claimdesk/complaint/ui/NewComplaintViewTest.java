package com.claimdesk.complaint.ui;

import com.claimdesk.TestFields;
import com.claimdesk.KaribuTest;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

public class NewComplaintViewTest extends KaribuTest {

    private ComplaintForm form() {
        return _get(ComplaintForm.class);
    }

    @Test
    void saving_an_empty_form_marks_the_required_fields_and_opens_nothing() {
        login("agent");
        navigate("cases/new");
        _click(_get(Button.class, s -> s.withId("save-case")));
        var f = form();
        assertThat(f.buyerName.isInvalid()).isTrue();
        assertThat(f.buyerName.getErrorMessage()).isEqualTo("Required.");
        assertThat(f.orderNumber.isInvalid()).isTrue();
        assertThat(f.marketplace.isInvalid()).isTrue();
        assertThat(f.buyerName.isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(NewComplaintView.class)).isNotNull();
    }

    @Test
    void validation_messages_follow_the_users_language() {
        login("agent");
        UI.getCurrent().getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("cases/new");
        _click(_get(Button.class, s -> s.withId("save-case")));
        assertThat(form().buyerName.getErrorMessage()).isNotEqualTo("Required.").doesNotStartWith("!")
                .matches(".*\\p{IsHan}.*");
    }

    @Test
    void the_order_date_may_be_today_by_the_applications_clock_and_not_a_day_later() {
        com.claimdesk.TestClock.get().set(java.time.Instant.parse("2026-06-10T12:00:00Z"));
        login("agent");
        navigate("cases/new");
        var f = form();
        assertThat(f.orderDate.getMax()).isEqualTo(LocalDate.of(2026, 6, 10));
        TestFields.set(f.orderDate, LocalDate.of(2026, 6, 11));
        assertThat(f.orderDate.isInvalid()).isTrue();
        TestFields.set(f.orderDate, LocalDate.of(2026, 6, 10));
        assertThat(f.orderDate.isInvalid()).isFalse();
    }

    @Test
    void a_negative_amount_and_a_future_order_date_are_refused_at_the_field() {
        login("agent");
        navigate("cases/new");
        var f = form();
        TestFields.set(f.orderValue, new BigDecimal("-3"));
        TestFields.set(f.orderDate, LocalDate.now().plusDays(3));
        _click(_get(Button.class, s -> s.withId("save-case")));
        assertThat(f.orderValue.isInvalid()).isTrue();
        assertThat(f.orderValue.getErrorMessage()).isEqualTo("Amounts cannot be negative.");
        assertThat(f.orderDate.isInvalid()).isTrue();
    }

    @Test
    void sub_reasons_offered_belong_to_the_chosen_category() {
        login("agent");
        navigate("cases/new");
        var f = form();
        assertThat(f.subReason.isEnabled()).isFalse();
        TestFields.set(f.category, Category.LATE_DELIVERY);
        assertThat(f.subReason.getListDataView().getItems().toList())
                .containsExactlyElementsOf(Category.LATE_DELIVERY.subReasons());
    }

    @Test
    void delivery_before_shipping_is_explained_and_nothing_is_lost() {
        login("agent");
        navigate("cases/new");
        fillValid(form());
        TestFields.set(form().shippedOn, LocalDate.now().minusDays(5));
        TestFields.set(form().deliveredOn, LocalDate.now().minusDays(8));
        _click(_get(Button.class, s -> s.withId("save-case")));
        var error = _get(Div.class, s -> s.withId("form-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The delivery date cannot be before the shipping date.");
        assertThat(form().buyerName.getValue()).isEqualTo("Olivia Brown");
    }

    @Test
    void a_valid_case_is_opened_and_shown() {
        login("agent");
        navigate("cases/new");
        fillValid(form());
        _click(_get(Button.class, s -> s.withId("save-case")));
        String title = _get(com.vaadin.flow.component.html.H2.class, s -> s.withId("case-title")).getText();
        assertThat(title).matches("CD-\\d{4}-\\d{6} · Olivia Brown");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("cases/" + title.substring(0, 14));
    }

    public static void fillValid(ComplaintForm f) {
        TestFields.set(f.category, Category.NOT_RECEIVED);
        TestFields.set(f.subReason, SubReason.CUSTOMS_PAPERS_REQUIRED);
        TestFields.set(f.marketplace, Marketplace.ALIEXPRESS);
        TestFields.set(f.orderNumber, "8142337755120098");
        TestFields.set(f.orderDate, LocalDate.now().minusDays(20));
        TestFields.set(f.orderValue, new BigDecimal("86.40"));
        TestFields.set(f.orderCurrency, "EUR");
        TestFields.set(f.buyerName, "Olivia Brown");
        TestFields.set(f.buyerCountry, "GB");
        TestFields.set(f.buyerLanguage, "en");
    }
}
