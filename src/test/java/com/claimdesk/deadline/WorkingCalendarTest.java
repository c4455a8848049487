package com.claimdesk.deadline;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void calendar_hours_are_elapsed_time_and_calendar_days_keep_the_wall_clock_across_the_spring_dst_change() {
        var berlin = WorkingCalendar.officeHours(BERLIN);
        // Saturday 28 March 2026, 10:00 CET; the clocks go forward in the night to Sunday 29 March
        Instant start = at("2026-03-28T10:00", BERLIN);
        assertThat(berlin.plus(start, 1, OffsetUnit.DAYS, Counting.CALENDAR)).isEqualTo(at("2026-03-29T10:00", BERLIN));
        assertThat(Duration.between(start, berlin.plus(start, 1, OffsetUnit.DAYS, Counting.CALENDAR))).hasHours(23);
        assertThat(berlin.plus(start, 24, OffsetUnit.HOURS, Counting.CALENDAR)).isEqualTo(at("2026-03-29T11:00", BERLIN));
        // Amazon A-to-z: 72 hours, whatever the day of the week
        assertThat(berlin.plus(start, 72, OffsetUnit.HOURS, Counting.CALENDAR))
                .isEqualTo(start.plus(Duration.ofHours(72)));
    }

    @Test
    void working_hours_skip_the_evening_and_the_weekend_and_keep_office_hours_after_the_dst_change() {
        var berlin = WorkingCalendar.officeHours(BERLIN);
        // Friday 27 March 17:00 CET + 2 working hours: one hour on Friday, one on Monday 30 March (CEST)
        Instant due = berlin.plus(at("2026-03-27T17:00", BERLIN), 2, OffsetUnit.HOURS, Counting.WORKING_HOURS);
        assertThat(due).isEqualTo(at("2026-03-30T10:00", BERLIN));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void working_time_starts_at_the_next_opening_and_fills_whole_days() {
        var shanghai = WorkingCalendar.officeHours(SHANGHAI);
        // Monday 07:00, before opening: one hour means 10:00
        assertThat(shanghai.plusWorkingTime(at("2026-11-23T07:00", SHANGHAI), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-23T10:00", SHANGHAI));
        // 9 working hours are one full day: Monday 09:00 -> Monday 18:00, not Tuesday
        assertThat(shanghai.plusWorkingTime(at("2026-11-23T09:00", SHANGHAI), Duration.ofHours(9)))
                .isEqualTo(at("2026-11-23T18:00", SHANGHAI));
        // 20:00 on Monday + 8 working hours: Tuesday 17:00
        assertThat(shanghai.plusWorkingTime(at("2026-11-23T20:00", SHANGHAI), Duration.ofHours(8)))
                .isEqualTo(at("2026-11-24T17:00", SHANGHAI));
        // Mon..Fri (45 h) + Mon..Thu (36 h) would be 81 h, so it ends Thursday 17:00
        assertThat(shanghai.plusWorkingTime(at("2026-11-23T09:00", SHANGHAI), Duration.ofHours(80)))
                .isEqualTo(at("2026-12-03T17:00", SHANGHAI));
    }

    @Test
    void holidays_do_not_count() {
        var plain = WorkingCalendar.officeHours(SHANGHAI);
        var withHolidays = new WorkingCalendar(SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0),
                Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
                        LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")));
        Instant wednesday = at("2026-09-30T17:00", SHANGHAI);
        assertThat(plain.plus(wednesday, 2, OffsetUnit.HOURS, Counting.WORKING_HOURS))
                .isEqualTo(at("2026-10-01T10:00", SHANGHAI));
        assertThat(withHolidays.plus(wednesday, 2, OffsetUnit.HOURS, Counting.WORKING_HOURS))
                .isEqualTo(at("2026-10-08T10:00", SHANGHAI));
        assertThat(withHolidays.isWorkingDay(LocalDate.parse("2026-10-02"))).isFalse();
        assertThat(withHolidays.isWorkingDay(LocalDate.parse("2026-10-08"))).isTrue();
        // working days: the same time of day, holidays and weekend skipped
        assertThat(withHolidays.plus(wednesday, 1, OffsetUnit.DAYS, Counting.WORKING_HOURS))
                .isEqualTo(at("2026-10-08T17:00", SHANGHAI));
    }

    @Test
    void working_days_end_at_closing_time_for_a_request_that_came_in_the_evening() {
        var shanghai = WorkingCalendar.officeHours(SHANGHAI);
        // Friday 20:00 + 1 working day: Monday at closing time, not Monday 20:00
        assertThat(shanghai.plus(at("2026-11-27T20:00", SHANGHAI), 1, OffsetUnit.DAYS, Counting.WORKING_HOURS))
                .isEqualTo(at("2026-11-30T18:00", SHANGHAI));
    }

    @Test
    void the_same_instant_gives_different_due_dates_in_different_team_zones() {
        // 2026-11-23 02:00 UTC is Monday 10:00 in Shanghai but Monday 03:00 in Berlin, before opening
        Instant start = Instant.parse("2026-11-23T02:00:00Z");
        assertThat(WorkingCalendar.officeHours(SHANGHAI).plus(start, 4, OffsetUnit.HOURS, Counting.WORKING_HOURS))
                .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
        assertThat(WorkingCalendar.officeHours(BERLIN).plus(start, 4, OffsetUnit.HOURS, Counting.WORKING_HOURS))
                .isEqualTo(at("2026-11-23T13:00", BERLIN));
    }

    @Test
    void a_promised_day_ends_at_midnight_in_the_team_zone() {
        assertThat(WorkingCalendar.officeHours(SHANGHAI).endOf(LocalDate.parse("2026-11-25")))
                .isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
        // the autumn change makes 25 October 2026 a 25-hour day in Berlin; its end is still midnight
        assertThat(WorkingCalendar.officeHours(BERLIN).endOf(LocalDate.parse("2026-10-25")))
                .isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void nonsense_calendars_are_refused() {
        assertThatThrownBy(() -> new WorkingCalendar(BERLIN, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0),
                LocalTime.of(9, 0), Set.of())).isInstanceOf(IllegalArgumentException.class);
        var noDays = new WorkingCalendar(BERLIN, Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of());
        assertThatThrownBy(() -> noDays.plus(Instant.EPOCH, 1, OffsetUnit.HOURS, Counting.WORKING_HOURS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> noDays.plus(Instant.EPOCH, -1, OffsetUnit.HOURS, Counting.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
