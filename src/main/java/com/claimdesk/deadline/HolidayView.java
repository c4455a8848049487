package com.claimdesk.deadline;

import java.time.LocalDate;

public record HolidayView(LocalDate day, String name) {
}
