package com.claimdesk.settings.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.settings.TeamSettingsService;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsViewTest extends KaribuTest {

    @Autowired
    TeamSettingsService service;

    @Test
    void an_admin_adds_a_rate_and_a_negative_one_is_explained_at_the_field() {
        login("admin");
        navigate("admin/settings");
        var view = _get(SettingsView.class);
        int before = view.rates.getListDataView().getItems().toList().size();

        TestFields.set(view.rateCurrency, "KRW");
        TestFields.set(view.rate, new BigDecimal("-0.5"));
        _click(_get(Button.class, s -> s.withId("add-rate")));
        assertThat(view.rate.isInvalid()).isTrue();
        assertThat(view.rate.getErrorMessage()).isEqualTo("A rate must be greater than zero.");

        TestFields.set(view.rate, new BigDecimal("0.00072"));
        TestFields.set(view.validFrom, LocalDate.of(2100, 1, 1).plusDays(new java.util.Random().nextInt(20_000)));
        _click(_get(Button.class, s -> s.withId("add-rate")));
        assertThat(view.rates.getListDataView().getItems().toList()).hasSize(before + 1)
                .anySatisfy(r -> assertThat(r.currency()).isEqualTo("KRW"));
    }

    @Test
    void limits_in_the_wrong_order_are_refused_and_nothing_changes() {
        login("admin");
        navigate("admin/settings");
        var view = _get(SettingsView.class);
        TestFields.set(view.agentLimit, new BigDecimal("3000"));
        _click(_get(Button.class, s -> s.withId("save-limits")));
        assertThat(service.limits().agentLimit().amount()).isEqualByComparingTo("200");
    }

    @Test
    void agents_cannot_open_the_settings() {
        login("agent");
        assertThatThrownBy(() -> navigate("admin/settings")).hasMessageContaining("Access is denied");
    }
}
