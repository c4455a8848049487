package com.claimdesk.deadline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * The team's working calendar as the admin edits it, and how many days before a promised delivery date the
 * "extend it on the platform" alert appears.
 */
public record CalendarSettings(@NotBlank String timeZone, @NotEmpty Set<DayOfWeek> workingDays,
                               @NotNull LocalTime workStart, @NotNull LocalTime workEnd,
                               @Min(1) @Max(60) int preventionDays, long version) {
}
