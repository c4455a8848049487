package com.claimdesk.negotiation;

/** Where an offer stands. Only an OPEN offer can still be answered; every other value is final. */
public enum Answer {
    OPEN, ACCEPTED, REJECTED, COUNTERED, WITHDRAWN, EXPIRED;

    /** Answers a person gives with the service; COUNTERED is set by recording the next offer. */
    public boolean isGivenByHand() {
        return this == ACCEPTED || this == REJECTED || this == WITHDRAWN || this == EXPIRED;
    }
}
