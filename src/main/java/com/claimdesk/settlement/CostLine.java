package com.claimdesk.settlement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One line as the form enters it. A line that names an approved refund takes that refund's stored amount, never the
 * one typed or sent by the browser.
 */
public class CostLine {

    @NotNull(message = "{field.required}")
    private CostKind kind = CostKind.OTHER;

    @NotNull(message = "{field.required}")
    @DecimalMin(value = "0.00", message = "{settlement.error.negative}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal amount;

    @NotNull(message = "{field.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{money.currency}")
    private String currency = "USD";

    private Long refundRequestId;

    @Size(max = 500, message = "{field.tooLong}")
    private String note;

    public CostLine() {
    }

    public CostLine(CostKind kind, BigDecimal amount, String currency, Long refundRequestId, String note) {
        this.kind = kind;
        this.amount = amount;
        this.currency = currency;
        this.refundRequestId = refundRequestId;
        this.note = note;
    }

    public CostKind getKind() { return kind; }
    public void setKind(CostKind kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Long getRefundRequestId() { return refundRequestId; }
    public void setRefundRequestId(Long refundRequestId) { this.refundRequestId = refundRequestId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
