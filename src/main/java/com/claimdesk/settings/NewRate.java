package com.claimdesk.settings;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the admin enters to add a rate. */
public class NewRate {

    @NotNull(message = "{field.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{money.currency}")
    private String currency;

    @NotNull(message = "{field.required}")
    @DecimalMin(value = "0.00000001", message = "{settings.rate.positive}")
    @Digits(integer = 11, fraction = 8, message = "{settings.rate.digits}")
    private BigDecimal rate;

    @NotNull(message = "{field.required}")
    private LocalDate validFrom;

    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
}
