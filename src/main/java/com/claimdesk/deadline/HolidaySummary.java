package com.claimdesk.deadline;

import java.time.LocalDate;

/** A day off of the team's working calendar, as the admin page lists it. */
public record HolidaySummary(LocalDate day, String name) {
}
