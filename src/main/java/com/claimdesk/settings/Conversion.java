package com.claimdesk.settings;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount converted into the base currency, with the rate and the rate's day that were used, so that whoever
 * stores it can show later exactly how the base amount came about.
 */
public record Conversion(Money original, Money base, BigDecimal rate, LocalDate rateValidFrom) {
}
