package com.claimdesk.deadline;

/** What a deadline is about. */
public enum DeadlineKind {
    PROMISED_SHIPPING, PROMISED_DELIVERY, AUTO_RECEIPT_CONFIRMATION, DISPUTE_REPLY, DISPUTE_ESCALATION,
    CHARGEBACK_RESPONSE, FIRST_RESPONSE, RESOLUTION_TARGET, CUSTOM;

    /** Kinds a person may add by hand with a date of their own. */
    public static java.util.List<DeadlineKind> enterable() {
        return java.util.List.of(CUSTOM, PROMISED_SHIPPING, AUTO_RECEIPT_CONFIRMATION, DISPUTE_REPLY,
                DISPUTE_ESCALATION, CHARGEBACK_RESPONSE);
    }
}
