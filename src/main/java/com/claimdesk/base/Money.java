package com.claimdesk.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount in one ISO 4217 currency. Never floating point: the amount is a {@link BigDecimal} kept at the
 * currency's number of minor units (2 for USD, 0 for JPY), and amounts with more decimals are refused rather
 * than rounded, because a silently rounded refund is a wrong refund.
 */
@Embeddable
public record Money(@Column(precision = 19, scale = 4) BigDecimal amount, @Column(length = 3) Currency currency)
        implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        amount = stripped.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    /**
     * An amount as a form, a file or an API call gives it, apart from its currency: none when there is no amount,
     * refused with a translatable message when it is negative or has more decimals than its currency allows (a
     * silently rounded amount is a wrong amount).
     */
    public static @Nullable Money entered(@Nullable BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new DomainException("money.notNegative", "Negative amount " + amount + " " + currencyCode);
        }
        try {
            return new Money(amount, Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException("money.digits", "Invalid money " + amount + " " + currencyCode);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount as a share of {@code whole}, in percent with one decimal (e.g. 37.5), or null if whole is zero. */
    public BigDecimal percentOf(Money whole) {
        requireSameCurrency(whole);
        if (whole.isZero()) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(whole.amount, 1, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
