package com.claimdesk.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The allowed next steps are the lifecycle: NEW → INVESTIGATING → NEGOTIATING →
 * AWAITING_APPROVAL → RESOLVED → CLOSED, with ESCALATED (platform dispute or chargeback) reachable from any open
 * state, and reopening a resolved or closed case back to INVESTIGATING.
 */
public enum ComplaintStatus {
    NEW, INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL, ESCALATED, RESOLVED, CLOSED;

    public Set<ComplaintStatus> allowedNext() {
        return switch (this) {
            case NEW -> EnumSet.of(INVESTIGATING, NEGOTIATING, ESCALATED, RESOLVED);
            case INVESTIGATING -> EnumSet.of(NEGOTIATING, ESCALATED, RESOLVED);
            case NEGOTIATING -> EnumSet.of(INVESTIGATING, AWAITING_APPROVAL, ESCALATED, RESOLVED);
            case AWAITING_APPROVAL -> EnumSet.of(NEGOTIATING, ESCALATED, RESOLVED);
            case ESCALATED -> EnumSet.of(INVESTIGATING, NEGOTIATING, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, INVESTIGATING);
            case CLOSED -> EnumSet.of(INVESTIGATING);
        };
    }

    public boolean canMoveTo(ComplaintStatus target) {
        return allowedNext().contains(target);
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Moving from here to {@code target} reopens a finished case. */
    public boolean isReopenedBy(ComplaintStatus target) {
        return !isOpen() && target.isOpen();
    }

    public static Set<ComplaintStatus> openStates() {
        return EnumSet.of(NEW, INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL, ESCALATED);
    }
}
