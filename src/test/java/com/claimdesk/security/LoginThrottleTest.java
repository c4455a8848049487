package com.claimdesk.security;

import com.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in counters on the real database, with the time given (defaults: 5 per name, 30 per address, 30 s ×2). */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final Instant t0 = Instant.parse("2026-03-02T09:00:00Z");

    private String name(String n) {
        return n + "-" + id;
    }

    private String address(int i) {
        return "192.0.2." + i + "-" + id;
    }

    private int failures(String scope, String subject) {
        List<Integer> rows = jdbc.queryForList("SELECT failures FROM login_throttle WHERE scope = ? AND subject = ?",
                Integer.class, scope, subject);
        return rows.isEmpty() ? 0 : rows.getFirst();
    }

    @Test
    void a_name_is_locked_after_five_failures_and_each_further_failure_doubles_the_lock() {
        String victim = name("victim");
        // from five addresses: the name's own counter, not the address's, does it
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.tryAttempt(victim, address(i), t0)).as("attempt %d", i).isTrue();
        }
        assertThat(throttle.tryAttempt(victim, address(6), t0.plusSeconds(29))).isFalse();
        assertThat(throttle.tryAttempt(victim, address(6), t0.plusSeconds(31))).as("after 30 s").isTrue();
        Instant sixth = t0.plusSeconds(31);
        assertThat(throttle.tryAttempt(victim, address(6), sixth.plusSeconds(59))).isFalse();
        assertThat(throttle.tryAttempt(victim, address(6), sixth.plusSeconds(61))).as("after 60 s").isTrue();
        assertThat(failures("USER", victim)).as("refused attempts are not counted").isEqualTo(7);
    }

    @Test
    void the_lock_grows_to_fifteen_minutes_at_most() {
        String victim = name("patient");
        Instant now = t0;
        for (int i = 0; i < 12; i++) {
            assertThat(throttle.tryAttempt(victim, address(1), now)).isTrue();
            now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        }
        Instant last = now.minus(Duration.ofMinutes(15)).minusSeconds(1);
        assertThat(throttle.tryAttempt(victim, address(2), last.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isFalse();
        assertThat(throttle.tryAttempt(victim, address(2), last.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .isTrue();
    }

    @Test
    void an_address_is_locked_after_thirty_failures_whatever_the_names_and_others_go_on() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.tryAttempt(name("spray" + i), address(1), t0)).as("name %d", i).isTrue();
        }
        assertThat(throttle.tryAttempt(name("fresh"), address(1), t0.plusSeconds(1))).isFalse();
        assertThat(throttle.tryAttempt(name("fresh"), address(2), t0.plusSeconds(1))).isTrue();
    }

    @Test
    void a_success_clears_the_names_counter_but_not_the_addresses() {
        String user = name("typo");
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.tryAttempt(user, address(1), t0)).isTrue();
        }
        throttle.succeeded(user, address(1), t0);
        assertThat(failures("USER", user)).isZero();
        assertThat(failures("ADDRESS", address(1))).as("three failures stay, the success is taken back")
                .isEqualTo(3);
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.tryAttempt(user, address(1), t0.plusSeconds(i))).as("afresh, attempt %d", i).isTrue();
        }
    }

    @Test
    void a_success_that_completes_the_addresses_count_does_not_lock_it() {
        for (int i = 0; i < 29; i++) {
            throttle.tryAttempt(name("n" + i), address(1), t0);
        }
        String user = name("office");
        assertThat(throttle.tryAttempt(user, address(1), t0)).isTrue();
        throttle.succeeded(user, address(1), t0);
        assertThat(throttle.tryAttempt(name("colleague"), address(1), t0.plusSeconds(1))).isTrue();
    }

    @Test
    void a_counter_starts_again_after_an_hour_without_failures() {
        String user = name("forgetful");
        for (int i = 0; i < 4; i++) {
            throttle.tryAttempt(user, address(i), t0);
        }
        Instant later = t0.plus(Duration.ofMinutes(61));
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.tryAttempt(user, address(9), later)).as("attempt %d after an hour", i).isTrue();
        }
        assertThat(throttle.tryAttempt(user, address(9), later)).isFalse();
    }

    @Test
    void parallel_guesses_stop_at_the_limit_as_they_would_across_nodes() throws Exception {
        String victim = name("burst");
        Instant now = Instant.now();
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            guesses.add(() -> throttle.tryAttempt(victim, address(n), now));
        }
        int allowed = 0;
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> guess : pool.invokeAll(guesses)) {
                allowed += guess.get() ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }
}
