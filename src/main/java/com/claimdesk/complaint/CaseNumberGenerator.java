package com.claimdesk.complaint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Hands out human case numbers, {@code CD-<year>-<6 digits>}, counting from 1 each year. The row for the year is
 * bumped with MariaDB's {@code LAST_INSERT_ID(expr)} idiom, which is atomic and per connection, so two nodes never
 * hand out the same number. A gap (a number taken by a create that then failed) is harmless.
 */
@Component
class CaseNumberGenerator {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseNumberGenerator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        jdbc.update("INSERT INTO case_number_sequence (seq_year, last_value) VALUES (?, LAST_INSERT_ID(1)) "
                + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)", year);
        Long value = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        return format(year, value == null ? 1 : value);
    }

    static String format(int year, long value) {
        return "CD-%d-%06d".formatted(year, value);
    }
}
