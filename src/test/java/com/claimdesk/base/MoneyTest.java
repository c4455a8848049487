package com.claimdesk.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amounts_are_kept_at_the_currencys_minor_units() {
        assertThat(Money.of("12.5", "USD").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.of("12.5", "USD").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1500", "JPY").amount().scale()).isZero();
    }

    @Test
    void values_read_back_from_a_decimal_19_4_column_equal_the_stored_ones() {
        assertThat(new Money(new BigDecimal("12.5000"), java.util.Currency.getInstance("EUR")))
                .isEqualTo(Money.of("12.50", "EUR"));
    }

    @Test
    void more_decimals_than_the_currency_allows_are_refused_not_rounded() {
        assertThatThrownBy(() -> Money.of("12.345", "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of("100.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknown_currency_codes_are_refused() {
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sums_and_differences_stay_exact() {
        Money a = Money.of("0.10", "USD");
        Money b = Money.of("0.20", "USD");
        assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "USD"));
        assertThat(b.minus(a).minus(b).isNegative()).isTrue();
    }

    @Test
    void currencies_are_never_mixed_silently() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.of("1", "USD").compareTo(Money.of("1", "GBP")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void share_of_order_value_is_a_percentage_with_one_decimal() {
        assertThat(Money.of("37.50", "USD").percentOf(Money.of("100", "USD"))).isEqualByComparingTo("37.5");
        assertThat(Money.of("1", "USD").percentOf(Money.of("3", "USD"))).isEqualByComparingTo("33.3");
        assertThat(Money.of("1", "USD").percentOf(Money.zero(java.util.Currency.getInstance("USD")))).isNull();
    }
}
