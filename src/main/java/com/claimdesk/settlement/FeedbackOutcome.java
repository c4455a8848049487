package com.claimdesk.settlement;

/** What became of the buyer's negative feedback. */
public enum FeedbackOutcome {
    NONE_LEFT, REMOVED, CHANGED, UNCHANGED
}
