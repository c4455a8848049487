package com.claimdesk.negotiation;

/** Who proposed an offer. The platform's arbitration team counts like the buyer: it is an offer for us to answer. */
public enum Proposer {
    BUYER, US, PLATFORM_ARBITRATION;

    /** Whether this is someone else's offer that we answer, rather than our own. */
    public boolean isCounterparty() {
        return this != US;
    }
}
