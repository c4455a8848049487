package com.claimdesk.deadline;

/** Something the platform or the bank did that starts its clocks; marketplace rules say which. */
public enum PlatformEvent {
    DISPUTE_OPENED, A_TO_Z_CLAIM, CHARGEBACK_RECEIVED, ORDER_SHIPPED
}
