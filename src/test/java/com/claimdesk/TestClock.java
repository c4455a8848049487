package com.claimdesk;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests, which a test moves instead of sleeping. It follows the system's time unless a test
 * {@link #set set} or {@link #advance advanced} it, because the shared context's other users of the time (the demo
 * data seeded at start, the job lock taken with the database's clock, the timestamps MariaDB writes itself) live in
 * real time. After every test it follows the system again ({@link Reset}, part of {@link IntegrationTest} and
 * {@link BrowserTest}), so a test that moved it cannot disturb the next one in the same context.
 * <p>
 * Like the application's own clock it ticks in microseconds, the precision of MariaDB's DATETIME(6). There is one per
 * JVM ({@link #get()}), so that test-data builders, which run outside Spring, read the same "today" as the services.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();

    /** Where the clock stands: at a fixed instant ({@code fixed} not null) or at the system's time plus an offset. */
    private record State(Instant fixed, Duration offset) {
        static final State SYSTEM = new State(null, Duration.ZERO);
    }

    private final AtomicReference<State> state = new AtomicReference<>(State.SYSTEM);

    private TestClock() {
    }

    public static TestClock get() {
        return INSTANCE;
    }

    /** Stops the clock at {@code instant}: it stays there until it is advanced or reset. */
    public TestClock set(Instant instant) {
        state.set(new State(instant.truncatedTo(ChronoUnit.MICROS), Duration.ZERO));
        return this;
    }

    /** Moves the clock forward; a running clock keeps running from there. */
    public TestClock advance(Duration duration) {
        state.updateAndGet(s -> s.fixed() != null
                ? new State(s.fixed().plus(duration), Duration.ZERO)
                : new State(null, s.offset().plus(duration)));
        return this;
    }

    /** Back to the system's time. */
    public void reset() {
        state.set(State.SYSTEM);
    }

    @Override
    public Instant instant() {
        State s = state.get();
        Instant now = s.fixed() != null ? s.fixed() : Instant.now().plus(s.offset());
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new InZone(this, zone);
    }

    /** This clock's time seen from another zone, moving with it. */
    private static final class InZone extends Clock {
        private final TestClock clock;
        private final ZoneId zone;

        InZone(TestClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }
    }

    /** Provides the clock as the application's {@code Clock} (primary beside the application's own). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return INSTANCE;
        }
    }

    /** Puts the clock back to the system's time after each test. */
    public static class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            INSTANCE.reset();
        }
    }
}
