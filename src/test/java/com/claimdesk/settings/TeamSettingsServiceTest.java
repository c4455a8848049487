package com.claimdesk.settings;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.security.UserService;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TeamSettingsServiceTest {

    @Autowired
    TeamSettingsService settings;
    @Autowired
    UserService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static NewRate rate(String currency, String value, LocalDate from) {
        var r = new NewRate();
        r.setCurrency(currency);
        r.setRate(new BigDecimal(value));
        r.setValidFrom(from);
        return r;
    }

    @Test
    void the_defaults_are_usd_with_limits_200_and_2000() {
        TestUsers.login(users, "agent");
        var limits = settings.limits();
        assertThat(limits.baseCurrency()).isEqualTo("USD");
        assertThat(limits.agentLimit()).isEqualTo(Money.of("200", "USD"));
        assertThat(limits.managerLimit()).isEqualTo(Money.of("2000", "USD"));
    }

    @Test
    void who_approves_depends_on_the_base_amount_with_the_limits_inclusive() {
        var limits = new TeamLimits("USD", Money.of("200", "USD"), Money.of("2000", "USD"), 0);
        assertThat(limits.levelFor(Money.of("200.00", "USD"))).isEqualTo(ApprovalLevel.AGENT);
        assertThat(limits.levelFor(Money.of("200.01", "USD"))).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(limits.levelFor(Money.of("2000", "USD"))).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(limits.levelFor(Money.of("2000.01", "USD"))).isEqualTo(ApprovalLevel.LEAD);
    }

    @Test
    void a_conversion_uses_the_rate_valid_on_the_day_and_says_which_one() {
        TestUsers.login(users, "admin");
        // days of their own, so the test can run again on a database that keeps its rows
        LocalDate march = LocalDate.of(2100, 3, 1).plusDays(new java.util.Random().nextInt(20_000));
        LocalDate june = march.plusDays(92);
        settings.addRate(rate("NZD", "0.60", march));
        settings.addRate(rate("NZD", "0.62", june));

        var before = settings.toBase(Money.of("100.00", "NZD"), june.minusDays(1));
        var after = settings.toBase(Money.of("100.00", "NZD"), june);

        assertThat(before.base()).isEqualTo(Money.of("60.00", "USD"));
        assertThat(before.rate()).isEqualByComparingTo("0.60");
        assertThat(before.rateValidFrom()).isEqualTo(march);
        assertThat(after.base()).isEqualTo(Money.of("62.00", "USD"));
        assertThat(after.rateValidFrom()).isEqualTo(june);
    }

    @Test
    void conversions_round_half_up_to_cents_and_the_base_currency_needs_no_rate() {
        TestUsers.login(users, "agent");
        // 123.45 EUR x 1.08 = 133.326 -> 133.33
        assertThat(settings.toBase(Money.of("123.45", "EUR"), LocalDate.of(2026, 11, 1)).base())
                .isEqualTo(Money.of("133.33", "USD"));
        var usd = settings.toBase(Money.of("10", "USD"), LocalDate.of(2026, 11, 1));
        assertThat(usd.base()).isEqualTo(Money.of("10", "USD"));
        assertThat(usd.rate()).isEqualByComparingTo("1");
    }

    @Test
    void a_currency_without_a_rate_gets_a_clear_refusal() {
        TestUsers.login(users, "agent");
        assertThatThrownBy(() -> settings.toBase(Money.of("10", "ISK"), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settings.error.noRate");
        assertThatThrownBy(() -> settings.toBase(Money.of("10", "EUR"), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settings.error.noRate");
    }

    @Test
    void money_is_entered_in_the_base_currency_or_one_the_team_keeps_a_rate_for() {
        TestUsers.login(users, "agent");
        var before = settings.currencies();
        assertThat(before.getFirst()).isEqualTo("USD");
        assertThat(before).contains("EUR", "CNY", "GBP").doesNotHaveDuplicates()
                // in the list the forms offered before, but there is no rate to convert it with
                .doesNotContain("ISK");

        TestUsers.login(users, "admin");
        settings.addRate(rate("ISK", "0.0072", LocalDate.of(2026, 2, 1)));
        TestUsers.login(users, "agent");
        assertThat(settings.currencies()).contains("ISK").doesNotHaveDuplicates();
    }

    @Test
    void only_admins_change_settings_and_nonsense_is_refused() {
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> settings.addRate(rate("NOK", "0.09", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.changeLimits("USD", BigDecimal.ONE, BigDecimal.TEN, 0))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.login(users, "admin");
        long version = settings.limits().version();
        assertThatThrownBy(() -> settings.changeLimits("USD", new BigDecimal("500"), new BigDecimal("400"), version))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settings.error.limitOrder");
        assertThatThrownBy(() -> settings.addRate(rate("SEK", "-1", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> settings.addRate(rate("USD", "1", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settings.error.rateForBase");
        assertThatThrownBy(() -> settings.addRate(rate("EUR", "1.1", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settings.error.rateExists");
    }
}
