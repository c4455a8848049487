package com.claimdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Counts failed sign-ins per account name and per client address in the {@code login_throttle} table (V075), so
 * that all nodes share the counters, and locks a name or an address for a while once it has failed too often: the
 * first lock lasts {@code first-lock}, each further failure doubles it up to {@code max-lock}. A name that belongs
 * to nobody is counted exactly like a real one, so the answers say nothing about which accounts exist.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked, inside a transaction that holds both
 * rows locked: a burst of parallel guesses, also across nodes, is cut off at the limit instead of all racing past
 * the check. A successful sign-in then clears the account's counter and takes its advance count back from the
 * address; it does not clear the address, or an attacker with one valid account could reset their own limit.
 */
@Component
class LoginThrottle {

    /** Longer names are cut: the counter still works, and the row stays within the key's length. */
    static final int MAX_SUBJECT = 255;

    enum Scope { ADDRESS, USER }

    private final JdbcTemplate jdbc;
    private final LoginProperties settings;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, LoginProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The account counter's key: names are not case sensitive at sign-in, so neither is the counter. */
    static String accountKey(String typedName) {
        String key = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_SUBJECT ? key.substring(0, MAX_SUBJECT) : key;
    }

    /**
     * Counts an attempt in advance, unless the name or the address is locked now.
     *
     * @return {@code false} when locked: the password must not even be checked
     */
    @Transactional
    public boolean tryAttempt(String account, @Nullable String address) {
        return tryAttempt(account, address, clock.instant());
    }

    @Transactional
    boolean tryAttempt(String account, @Nullable String address, Instant now) {
        String subjectAddress = cut(address);
        // both rows locked in one statement, always in key order (ADDRESS before USER), so two sign-ins never
        // wait for each other in a circle
        jdbc.update("""
                INSERT INTO login_throttle (scope, subject, failures) VALUES ('ADDRESS', ?, 0), ('USER', ?, 0)
                ON DUPLICATE KEY UPDATE failures = failures""", subjectAddress, account);
        List<Counter> counters = jdbc.query("""
                SELECT scope, failures, last_failure_at, locked_until FROM login_throttle
                WHERE (scope = 'ADDRESS' AND subject = ?) OR (scope = 'USER' AND subject = ?)
                ORDER BY scope FOR UPDATE""",
                (rs, i) -> new Counter(Scope.valueOf(rs.getString(1)), rs.getInt(2),
                        instant(rs.getObject(3, LocalDateTime.class)), instant(rs.getObject(4, LocalDateTime.class))),
                subjectAddress, account);
        if (counters.stream().anyMatch(c -> c.lockedAt(now))) {
            return false;
        }
        for (Counter counter : counters) {
            int failures = (counter.forgotten(now, settings.forgetAfter()) ? 0 : counter.failures()) + 1;
            Instant lockedUntil = lockAfter(failures, freeFailures(counter.scope()), now);
            jdbc.update("""
                    UPDATE login_throttle SET failures = ?, last_failure_at = ?, locked_until = ?
                    WHERE scope = ? AND subject = ?""",
                    failures, utc(now), lockedUntil == null ? null : utc(lockedUntil),
                    counter.scope().name(), counter.scope() == Scope.USER ? account : subjectAddress);
        }
        return true;
    }

    /** The password was right: the account starts afresh, the address gets its advance count back. */
    @Transactional
    public void succeeded(String account, @Nullable String address) {
        succeeded(account, address, clock.instant());
    }

    @Transactional
    void succeeded(String account, @Nullable String address, Instant now) {
        jdbc.update("DELETE FROM login_throttle WHERE scope = 'USER' AND subject = ?", account);
        // locked_until first: MariaDB evaluates the assignments in order, each seeing the ones before
        jdbc.update("""
                UPDATE login_throttle SET locked_until = IF(failures - 1 < ?, NULL, locked_until),
                                          failures = GREATEST(failures - 1, 0)
                WHERE scope = 'ADDRESS' AND subject = ?""", settings.addressFreeFailures(), cut(address));
        // counters nobody has touched for a while: gone, so the table holds only what is being counted
        LocalDateTime quietSince = utc(now.minus(settings.forgetAfter()));
        jdbc.update("""
                DELETE FROM login_throttle WHERE (last_failure_at IS NULL OR last_failure_at < ?)
                AND (locked_until IS NULL OR locked_until < ?) LIMIT 500""", quietSince, quietSince);
    }

    private int freeFailures(Scope scope) {
        return scope == Scope.USER ? settings.accountFreeFailures() : settings.addressFreeFailures();
    }

    /** After the {@code free}-th failure the first lock, doubled for every failure after it, at most max-lock. */
    Instant lockAfter(int failures, int free, Instant now) {
        if (failures < free) {
            return null;
        }
        int doublings = Math.min(failures - free, 30);
        Duration lock = settings.firstLock().multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock);
    }

    private static String cut(String address) {
        String value = address == null || address.isBlank() ? "unknown" : address;
        return value.length() > MAX_SUBJECT ? value.substring(0, MAX_SUBJECT) : value;
    }

    /** Stored as UTC wall-clock time, like every time in the schema, whatever the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private record Counter(Scope scope, int failures, Instant lastFailureAt, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** Quiet (no failure, no lock) for longer than {@code forgetAfter}: the count starts again. */
        boolean forgotten(Instant now, Duration forgetAfter) {
            Instant quietSince = lockedUntil != null && (lastFailureAt == null || lockedUntil.isAfter(lastFailureAt))
                    ? lockedUntil : lastFailureAt;
            return quietSince != null && quietSince.plus(forgetAfter).isBefore(now);
        }
    }
}
