package com.claimdesk.deadline;

/** Where a date came from: typed in (or taken from the case's facts), a marketplace rule, or the team's SLA. */
public enum DeadlineSource {
    ENTERED, RULE, SLA
}
