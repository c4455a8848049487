package com.claimdesk.notification;

/** Why someone is told; decides the icon and colour in the list. */
public enum NotificationKind {
    REFUND_APPROVED,
    REFUND_REJECTED,
    REFUND_WAITING,
    DEADLINE_NEAR,
    DEADLINE_MISSED,
    PREVENTION,
    INFO
}
