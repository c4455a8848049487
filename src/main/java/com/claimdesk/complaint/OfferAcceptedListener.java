package com.claimdesk.complaint;

import com.claimdesk.negotiation.OfferAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An accepted offer moves a case that was still being investigated (or escalated) into negotiation. */
@Component
class OfferAcceptedListener {

    private final ComplaintService complaints;

    OfferAcceptedListener(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @EventListener
    void onAccepted(OfferAccepted event) {
        complaints.towardSettlement(event.complaintId());
    }
}
