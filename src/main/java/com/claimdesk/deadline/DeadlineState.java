package com.claimdesk.deadline;

/**
 * OPEN until met; EXTENDED when someone moved it to a later date (who and when is kept); MISSED once its date
 * passed unmet, which still needs action; MET when done (a missed deadline met late keeps when it was missed).
 */
public enum DeadlineState {
    OPEN, EXTENDED, MISSED, MET;

    /** Still asks for something to be done. */
    public boolean pending() {
        return this != MET;
    }
}
