package com.claimdesk.negotiation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What the record-an-offer form submits. {@code currency} defaults to the order's; {@code proposedAt} is the
 * buyer's or platform's original time in the viewer's zone (our own offers are stamped now).
 */
public class NewOffer {

    @NotNull(message = "{field.required}")
    private Proposer proposer = Proposer.BUYER;

    @NotNull(message = "{field.required}")
    private Resolution resolution = Resolution.PARTIAL_REFUND;

    @Positive(message = "{negotiation.error.daysRequired}")
    @Max(value = 365, message = "{negotiation.error.tooManyDays}")
    private Integer waitDays;

    @PositiveOrZero(message = "{negotiation.error.negative}")
    @Digits(integer = 15, fraction = 4, message = "{negotiation.error.decimals}")
    private BigDecimal amount;

    @Pattern(regexp = "[A-Z]{3}", message = "{negotiation.error.currency}")
    private String currency;

    @Size(max = Offer.MAX_NOTE, message = "{field.tooLong}")
    private String note;

    @PastOrPresent(message = "{field.notInFuture}")
    private LocalDateTime proposedAt;

    public Proposer getProposer() { return proposer; }
    public void setProposer(Proposer proposer) { this.proposer = proposer; }
    public Resolution getResolution() { return resolution; }
    public void setResolution(Resolution resolution) { this.resolution = resolution; }
    public Integer getWaitDays() { return waitDays; }
    public void setWaitDays(Integer waitDays) { this.waitDays = waitDays; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDateTime getProposedAt() { return proposedAt; }
    public void setProposedAt(LocalDateTime proposedAt) { this.proposedAt = proposedAt; }
}
