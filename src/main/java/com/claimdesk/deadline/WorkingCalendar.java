package com.claimdesk.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The team's working time: a zone, working weekdays, daily hours and holidays. Pure: it computes due dates from a
 * start instant and an offset, in calendar or working time, and is tested without Spring or a database.
 * Working hours are wall-clock times in {@code zone}, so a day with a DST change still has the same office hours.
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime start, LocalTime end,
                              Set<LocalDate> holidays) {

    /** A search for working time gives up after this many days (no working days configured, say). */
    private static final int MAX_DAYS = 3660;

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        workingDays = workingDays == null || workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(workingDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("Working hours must end after they start: " + start + "-" + end);
        }
    }

    /** Monday to Friday, 9 to 18, no holidays. */
    public static WorkingCalendar officeHours(ZoneId zone) {
        return new WorkingCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The due date {@code amount} units after {@code from}. */
    public Instant plus(Instant from, int amount, OffsetUnit unit, Counting counting) {
        if (amount < 0) {
            throw new IllegalArgumentException("Negative offset " + amount);
        }
        return switch (counting) {
            case CALENDAR -> unit == OffsetUnit.HOURS ? from.plus(Duration.ofHours(amount))
                    : from.atZone(zone).plusDays(amount).toInstant();
            case WORKING_HOURS -> unit == OffsetUnit.HOURS ? plusWorkingTime(from, Duration.ofHours(amount))
                    : plusWorkingDays(from, amount);
        };
    }

    /**
     * {@code from} plus {@code amount} of working time: time outside working hours, on weekends and on holidays does
     * not count. Starting outside working hours, the clock starts at the next opening.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        Duration remaining = amount;
        Instant t = from;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, start, zone).toInstant();
            Instant close = ZonedDateTime.of(day, end, zone).toInstant();
            if (t.isBefore(open)) {
                t = open;
            }
            if (t.isBefore(close)) {
                Duration available = Duration.between(t, close);
                if (remaining.compareTo(available) <= 0) {
                    return t.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            if (remaining.isZero()) {
                return t;
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + from);
    }

    /**
     * {@code days} working days after {@code from}, at the same wall-clock time (at the day's close when that time is
     * after it, so a request at 20:00 is not given until 20:00 to be answered in working time).
     */
    public Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime local = from.atZone(zone);
        LocalDate day = local.toLocalDate();
        int counted = 0;
        for (int i = 0; counted < days; i++) {
            if (i > MAX_DAYS) {
                throw new IllegalStateException("No working day within " + MAX_DAYS + " days of " + from);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        LocalTime time = local.toLocalTime();
        if (time.isAfter(end)) {
            time = end;
        } else if (time.isBefore(start)) {
            time = start;
        }
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The moment a calendar day ends in this zone: a date promised "on" a day has passed at the next midnight. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day a due moment falls on; the end of a day ({@link #endOf}) counts to the day it ends. */
    public LocalDate dayOf(Instant due) {
        return LocalDate.ofInstant(due.minusNanos(1), zone);
    }
}
