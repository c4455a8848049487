package com.claimdesk.settlement;

import com.claimdesk.negotiation.Resolution;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** What the agent records when settling a case (also the proposal the form starts from). */
public class SettlementForm {

    public static final int MAX_LINES = 30;

    @NotNull(message = "{field.required}")
    private Resolution resolution;

    private Long offerId;

    /** Null while nobody knows yet. */
    private Boolean buyerStays;

    @NotNull(message = "{field.required}")
    private FeedbackOutcome feedback = FeedbackOutcome.NONE_LEFT;

    @Size(max = 2000, message = "{field.tooLong}")
    private String note;

    @Size(max = MAX_LINES, message = "{settlement.error.tooManyLines}")
    private List<@Valid CostLine> costs = new ArrayList<>();

    public Resolution getResolution() { return resolution; }
    public void setResolution(Resolution resolution) { this.resolution = resolution; }
    public Long getOfferId() { return offerId; }
    public void setOfferId(Long offerId) { this.offerId = offerId; }
    public Boolean getBuyerStays() { return buyerStays; }
    public void setBuyerStays(Boolean buyerStays) { this.buyerStays = buyerStays; }
    public FeedbackOutcome getFeedback() { return feedback; }
    public void setFeedback(FeedbackOutcome feedback) { this.feedback = feedback; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<CostLine> getCosts() { return costs; }
    public void setCosts(List<CostLine> costs) { this.costs = costs == null ? new ArrayList<>() : costs; }
}
