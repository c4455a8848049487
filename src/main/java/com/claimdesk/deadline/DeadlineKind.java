package com.claimdesk.deadline;

/** What a deadline is about. */
public enum DeadlineKind {
    PROMISED_SHIPPING, PROMISED_DELIVERY, AUTO_RECEIPT_CONFIRMATION, DISPUTE_REPLY, DISPUTE_ESCALATION,
    CHARGEBACK_RESPONSE, FIRST_RESPONSE, RESOLUTION_TARGET, CUSTOM;

    /**
     * Whether a missed deadline of this kind still asks for something: a late first answer or a late dispute reply
     * is still owed, while a passed delivery or escalation date is history (the platform moved on) and no longer
     * makes the case urgent.
     */
    public boolean owedAfterMiss() {
        return switch (this) {
            case FIRST_RESPONSE, RESOLUTION_TARGET, DISPUTE_REPLY, CHARGEBACK_RESPONSE, CUSTOM -> true;
            case PROMISED_SHIPPING, PROMISED_DELIVERY, AUTO_RECEIPT_CONFIRMATION, DISPUTE_ESCALATION -> false;
        };
    }

    /** Kinds a person may add by hand with a date of their own. */
    public static java.util.List<DeadlineKind> enterable() {
        return java.util.List.of(CUSTOM, PROMISED_SHIPPING, AUTO_RECEIPT_CONFIRMATION, DISPUTE_REPLY,
                DISPUTE_ESCALATION, CHARGEBACK_RESPONSE);
    }
}
