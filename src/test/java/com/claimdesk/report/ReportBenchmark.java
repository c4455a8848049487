package com.claimdesk.report;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.report.ReportRows.CostDimension;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints how long each report takes on the database the tests use: the demo data in the embedded MariaDB, or the
 * server named by {@code CLAIMDESK_DB_URL} (for instance one holding 1 000 000 cases, see
 * docs/decisions/040-reports.md). Two periods: the dashboard's default (90 days) and the whole history (ten years)
 * in Shanghai time. A measurement, not a test: it asserts nothing about time. Run with {@code ./mvnw verify -Pbench}.
 */
@IntegrationTest
class ReportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    @Autowired
    ReportService reports;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void report_timings() {
        TestUsers.login(users, "lead");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
        System.out.println();
        System.out.printf(Locale.ROOT, "ClaimDesk report benchmark (server side, %,d cases, %d runs each)%n", cases, RUNS);
        System.out.printf("%-40s %-12s %8s %8s %8s%n", "report", "period", "p50 ms", "p95 ms", "max ms");
        for (var period : List.of(Map.entry("90 days", ReportFilter.lastDays(90, today, zone)),
                Map.entry("10 years", ReportFilter.lastDays((int) ReportFilter.MAX_DAYS, today, zone)))) {
            ReportFilter f = period.getValue();
            Map<String, Supplier<?>> all = new LinkedHashMap<>();
            all.put("cases opened/resolved/closed per week", () -> reports.flowPerWeek(f));
            all.put("open cases by age", () -> reports.openByAge(f));
            all.put("response times, SLA, medians", () -> reports.responseTimes(f));
            all.put("cost per month", () -> reports.costPerMonth(f));
            for (CostDimension d : CostDimension.values()) {
                all.put("cost by " + d.name().toLowerCase(Locale.ROOT), () -> reports.costBy(f, d));
            }
            all.put("refunds / order value per month", () -> reports.refundShare(f));
            all.put("escalated disputes by outcome", () -> reports.escalations(f));
            all.put("offer rounds against cost", () -> reports.roundsToSettlement(f));
            all.put("workload per agent", () -> reports.agents(f));
            all.forEach((name, report) -> {
                try {
                    print(name, period.getKey(), time(report));
                } catch (RuntimeException e) {
                    // a measurement run goes on: one report that fails is reported, not hidden behind the others
                    System.out.printf(Locale.ROOT, "%-40s %-12s FAILED: %s%n", name, period.getKey(),
                            org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                }
            });
        }
    }

    private static List<Long> time(Supplier<?> report) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = System.nanoTime();
            report.get();
            if (i >= WARM_UP) {
                nanos.add(System.nanoTime() - t);
            }
        }
        return nanos;
    }

    private static void print(String name, String period, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s %-12s %8.1f %8.1f %8.1f%n", name, period, ms(sorted, 0.50),
                ms(sorted, 0.95), sorted.getLast() / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1e6;
    }
}
