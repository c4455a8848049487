package com.claimdesk.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An exchange rate as the settings page lists it. */
public record RateRecord(long id, String currency, String baseCurrency, BigDecimal rate, LocalDate validFrom,
                         Instant createdAt) {
}
