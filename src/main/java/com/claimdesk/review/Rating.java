package com.claimdesk.review;

/** How well a case was handled, in the lead's judgement. */
public enum Rating {
    GOOD, COULD_BE_BETTER, POOR
}
