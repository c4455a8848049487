package com.claimdesk.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;

interface TeamHolidayRepository extends JpaRepository<TeamHoliday, LocalDate> {
}
