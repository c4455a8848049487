package com.claimdesk.negotiation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the bottom-line form submits. The amount is in the order's currency (the service adds it); the reason is
 * required only when offers already exist, which the service checks.
 */
public class BottomLineForm {

    @NotNull(message = "{field.required}")
    @PositiveOrZero(message = "{negotiation.error.negative}")
    @Digits(integer = 15, fraction = 4, message = "{negotiation.error.decimals}")
    private BigDecimal maxAmount;

    @NotEmpty(message = "{negotiation.error.noResolution}")
    private Set<Resolution> acceptable = EnumSet.noneOf(Resolution.class);

    /** The settlement guidance's suggestion the page showed, in the order's currency; null when it showed none. */
    @PositiveOrZero(message = "{negotiation.error.negative}")
    @Digits(integer = 15, fraction = 4, message = "{negotiation.error.decimals}")
    private BigDecimal suggestedAmount;

    /** That suggestion as a share of the order value (%). */
    @PositiveOrZero(message = "{negotiation.error.negative}")
    @Digits(integer = 7, fraction = 2, message = "{negotiation.error.decimals}")
    private BigDecimal suggestedShare;

    @Size(max = 500, message = "{field.tooLong}")
    private String reason;

    public BigDecimal getMaxAmount() { return maxAmount; }
    public void setMaxAmount(BigDecimal maxAmount) { this.maxAmount = maxAmount; }
    public Set<Resolution> getAcceptable() { return acceptable; }
    public void setAcceptable(Set<Resolution> acceptable) {
        this.acceptable = acceptable == null || acceptable.isEmpty() ? EnumSet.noneOf(Resolution.class)
                : EnumSet.copyOf(acceptable);
    }
    public BigDecimal getSuggestedAmount() { return suggestedAmount; }
    public void setSuggestedAmount(BigDecimal suggestedAmount) { this.suggestedAmount = suggestedAmount; }
    public BigDecimal getSuggestedShare() { return suggestedShare; }
    public void setSuggestedShare(BigDecimal suggestedShare) { this.suggestedShare = suggestedShare; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
