package com.claimdesk.deadline;

import com.claimdesk.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The single row of the team's working calendar and the prevention lead time. */
@Entity
@Table(name = "deadline_settings")
class DeadlineSettings {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "working_days", nullable = false, length = 40)
    private String workingDays;

    @Column(name = "work_start", nullable = false)
    private LocalTime workStart;

    @Column(name = "work_end", nullable = false)
    private LocalTime workEnd;

    @Column(name = "prevention_days", nullable = false)
    private int preventionDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Version
    private long version;

    protected DeadlineSettings() {
    }

    void change(CalendarSettings s, Long by, Instant now) {
        try {
            ZoneId.of(s.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainException("deadline.error.zone", "Unknown time zone " + s.timeZone(), s.timeZone());
        }
        if (s.workingDays() == null || s.workingDays().isEmpty()) {
            throw new DomainException("deadline.error.noWorkingDays", "No working days");
        }
        if (s.workStart() == null || s.workEnd() == null || !s.workEnd().isAfter(s.workStart())) {
            throw new DomainException("deadline.error.hoursOrder", "Working hours end before they start");
        }
        if (s.preventionDays() < 1 || s.preventionDays() > 60) {
            throw new DomainException("deadline.error.preventionRange", "Prevention days out of range");
        }
        this.timeZone = s.timeZone();
        this.workingDays = s.workingDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.workStart = s.workStart();
        this.workEnd = s.workEnd();
        this.preventionDays = s.preventionDays();
        this.updatedById = by;
        this.updatedAt = now;
    }

    Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workingDays.split(",")).map(String::trim).filter(d -> !d.isEmpty()).map(DayOfWeek::valueOf)
                .forEach(days::add);
        return days;
    }

    WorkingCalendar calendar(Set<LocalDate> holidays) {
        return new WorkingCalendar(ZoneId.of(timeZone), days(), workStart, workEnd, holidays);
    }

    CalendarSettings view() {
        return new CalendarSettings(timeZone, days(), workStart, workEnd, preventionDays, version);
    }

    int getPreventionDays() { return preventionDays; }
    long getVersion() { return version; }
}
