package com.claimdesk.deadline;

/**
 * How an offset is counted. CALENDAR: hours are elapsed time, days are calendar days at the same wall-clock time in
 * the team's zone. WORKING_HOURS: hours are the team's working hours, days are working days; weekends and holidays
 * do not count.
 */
public enum Counting {
    CALENDAR, WORKING_HOURS
}
