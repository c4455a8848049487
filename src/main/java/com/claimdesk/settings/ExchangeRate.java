package com.claimdesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One unit of {@code currency} is worth {@code rate} units of the base currency from {@code validFrom} on. */
@Entity
@Immutable
@Table(name = "exchange_rate")
class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by_id")
    private Long createdById;

    protected ExchangeRate() {
    }

    ExchangeRate(String currency, String baseCurrency, BigDecimal rate, LocalDate validFrom, Instant createdAt,
                 Long createdById) {
        this.currency = currency;
        this.baseCurrency = baseCurrency;
        this.rate = rate;
        this.validFrom = validFrom;
        this.createdAt = createdAt;
        this.createdById = createdById;
    }

    RateRecord toRecord() {
        return new RateRecord(id, currency, baseCurrency, rate.stripTrailingZeros(), validFrom, createdAt);
    }

    BigDecimal getRate() { return rate; }
    LocalDate getValidFrom() { return validFrom; }
}
