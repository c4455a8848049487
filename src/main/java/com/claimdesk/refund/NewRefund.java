package com.claimdesk.refund;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What the agent enters to ask for a refund. */
public class NewRefund {

    @NotNull(message = "{field.required}")
    @DecimalMin(value = "0.01", message = "{refund.error.amount}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal amount;

    @NotNull(message = "{field.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{money.currency}")
    private String currency = "USD";

    @NotNull(message = "{field.required}")
    private RefundMethod method = RefundMethod.PLATFORM_REFUND;

    @NotBlank(message = "{field.required}")
    @Size(max = 1000, message = "{field.tooLong}")
    private String reason = "";

    private Long offerId;

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public RefundMethod getMethod() { return method; }
    public void setMethod(RefundMethod method) { this.method = method; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? "" : reason.strip(); }
    public Long getOfferId() { return offerId; }
    public void setOfferId(Long offerId) { this.offerId = offerId; }
}
