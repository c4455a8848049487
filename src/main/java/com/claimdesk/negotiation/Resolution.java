package com.claimdesk.negotiation;

/** What an offer proposes. A refund names its amount; waiting names the number of days. */
public enum Resolution {
    EXPLANATION_ONLY, WAIT_THEN_RESHIP, PARTIAL_REFUND, FULL_REFUND, RETURN_AND_REFUND, RESHIP_OR_REPLACE, REPAIR,
    COUPON, GIFT;

    /** A refund without an amount cannot be compared with the bottom line. */
    public boolean needsAmount() {
        return this == PARTIAL_REFUND || this == FULL_REFUND || this == RETURN_AND_REFUND;
    }

    public boolean needsDays() {
        return this == WAIT_THEN_RESHIP;
    }
}
