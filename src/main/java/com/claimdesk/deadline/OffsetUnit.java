package com.claimdesk.deadline;

public enum OffsetUnit {
    HOURS, DAYS
}
