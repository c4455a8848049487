package com.claimdesk.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day off for the whole team: working-hours targets skip it. */
@Entity
@Table(name = "team_holiday")
class TeamHoliday {

    @Id
    private LocalDate day;

    @Column(nullable = false, length = 80)
    private String name;

    protected TeamHoliday() {
    }

    TeamHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    LocalDate getDay() { return day; }
    String getName() { return name; }
}
