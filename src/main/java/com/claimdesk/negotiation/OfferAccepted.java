package com.claimdesk.negotiation;

/**
 * Published inside the transaction that accepted an offer, so that the case can move toward settlement in the same
 * commit (the negotiation package knows cases only by id).
 */
public record OfferAccepted(long complaintId, long offerId) {
}
