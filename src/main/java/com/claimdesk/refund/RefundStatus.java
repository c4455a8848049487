package com.claimdesk.refund;

/** PENDING waits for a manager or lead; the other states are final. */
public enum RefundStatus {
    PENDING, APPROVED, REJECTED
}
