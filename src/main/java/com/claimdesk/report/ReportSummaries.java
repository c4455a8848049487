package com.claimdesk.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The daily summaries the reports read over long periods (migration V150, docs/decisions/150-report-summaries.md):
 * cases opened, resolved and closed per day ({@code report_day_flow}) and settlements per day with their cost,
 * offer rounds and time to settle ({@code report_day_cost}, added up per month in {@code report_month_cost}), by
 * marketplace, category, root cause and current assignee. Every row is computed from the published views, never incremented: a change of cases recomputes each
 * day they counted on before and count on now, so a repeated or late event does no harm, and {@link #rebuild()}
 * recomputes everything the same way.
 *
 * <p>Refreshes and rebuilds lock the one state row first and run in READ COMMITTED, so they take turns and each
 * statement reads what is committed when it runs: a refresh that waited for another sees the other's change too.
 */
@Service
public class ReportSummaries {

    private static final Logger log = LoggerFactory.getLogger(ReportSummaries.class);

    /** Far enough on both sides to hold every stored time: a whole rebuild is the same statement over all days. */
    private static final LocalDateTime EVER_FROM = LocalDateTime.of(1000, 1, 1, 0, 0);
    private static final LocalDateTime EVER_TO = LocalDateTime.of(9999, 1, 1, 0, 0);

    /** Cases recomputed together: their days once. */
    private static final int BATCH = 1000;

    /** Each case counts once with agent_id 0 (everyone) and, when assigned, once more under its assignee. */
    private static final String AGENT_SCOPES = "JOIN (SELECT 0 k UNION ALL SELECT 1) a ON a.k = 0 OR x.assignee_id IS NOT NULL";

    private static final String FLOW = """
            INSERT INTO report_day_flow (agent_id, day, marketplace, category, opened, resolved, closed)
            SELECT IF(a.k = 0, 0, x.assignee_id) agent, x.day, x.marketplace, x.category, SUM(x.o), SUM(x.r), SUM(x.cl)
            FROM (
              SELECT DATE(c.created_at + INTERVAL :offset SECOND) day, c.marketplace, c.category, c.assignee_id,
                     1 o, 0 r, 0 cl
              FROM complaint_facts c WHERE c.created_at >= :from AND c.created_at < :to
              UNION ALL
              SELECT DATE(c.resolved_at + INTERVAL :offset SECOND), c.marketplace, c.category, c.assignee_id, 0, 1, 0
              FROM complaint_facts c WHERE c.resolved_at >= :from AND c.resolved_at < :to
              UNION ALL
              SELECT DATE(c.closed_at + INTERVAL :offset SECOND), c.marketplace, c.category, c.assignee_id, 0, 0, 1
              FROM complaint_facts c WHERE c.closed_at >= :from AND c.closed_at < :to
            ) x %s
            GROUP BY agent, x.day, x.marketplace, x.category""".formatted(AGENT_SCOPES);

    private static final String COST = """
            INSERT INTO report_day_cost (agent_id, day, marketplace, category, root_cause, rounds, base_currency,
                                         cases, cost, settle_seconds)
            SELECT IF(a.k = 0, 0, x.assignee_id) agent, x.day, x.marketplace, x.category, x.root_cause, x.rounds,
                   x.base_currency, COUNT(*), SUM(x.base_total), SUM(x.secs)
            FROM (
              SELECT DATE(s.settled_at + INTERVAL :offset SECOND) day, c.marketplace, c.category,
                     COALESCE(c.root_cause, '') root_cause, c.assignee_id, s.base_currency, s.base_total,
                     LEAST((SELECT COUNT(*) FROM offer_facts o
                             WHERE o.complaint_id = s.complaint_id AND o.proposed_at <= s.settled_at), 4) rounds,
                     TIMESTAMPDIFF(SECOND, c.created_at, s.settled_at) secs
              FROM settlement_facts s JOIN complaint_facts c ON c.id = s.complaint_id
              WHERE s.settled_at >= :from AND s.settled_at < :to
            ) x %s
            GROUP BY agent, x.day, x.marketplace, x.category, x.root_cause, x.rounds, x.base_currency"""
            .formatted(AGENT_SCOPES);

    private static final String MONTHS = """
            INSERT INTO report_month_cost (agent_id, month, marketplace, category, root_cause, rounds, base_currency,
                                           cases, cost, settle_seconds)
            SELECT agent_id, CAST(DATE_FORMAT(day, '%Y-%m-01') AS DATE) m, marketplace, category, root_cause, rounds,
                   base_currency, SUM(cases), SUM(cost), SUM(settle_seconds)
            FROM report_day_cost WHERE day >= :fromDay AND day < :toDay
            GROUP BY agent_id, m, marketplace, category, root_cause, rounds, base_currency""";

    private static final String CASE_DAYS = """
            INSERT INTO report_summary_case (complaint_id, opened_day, resolved_day, closed_day, settled_day)
            SELECT c.id, DATE(c.created_at + INTERVAL :offset SECOND), DATE(c.resolved_at + INTERVAL :offset SECOND),
                   DATE(c.closed_at + INTERVAL :offset SECOND), DATE(s.settled_at + INTERVAL :offset SECOND)
            FROM complaint_facts c LEFT JOIN settlement_facts s ON s.complaint_id = c.id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportProperties properties;
    private final Clock clock;

    ReportSummaries(NamedParameterJdbcTemplate jdbc, ReportProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Recomputes every summary from the cases, at the configured offset. For the team lead after a repair of data
     * behind the application's back; the application itself rebuilds at start when the summaries are missing.
     *
     * @return how long it took
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Duration rebuild() {
        return rebuildNow();
    }

    /** {@link #rebuild()} without the role check: the start-up and the tests. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    Duration rebuildNow() {
        long started = System.nanoTime();
        lockState();
        var p = params(properties.summaryOffset().getTotalSeconds(), EVER_FROM, EVER_TO);
        jdbc.getJdbcTemplate().update("DELETE FROM report_day_flow");
        jdbc.getJdbcTemplate().update("DELETE FROM report_day_cost");
        jdbc.getJdbcTemplate().update("DELETE FROM report_month_cost");
        jdbc.getJdbcTemplate().update("DELETE FROM report_summary_case");
        // what changed before this point is counted below; what changes later is noted again
        jdbc.getJdbcTemplate().update("DELETE FROM report_summary_dirty");
        jdbc.update(FLOW, p);
        jdbc.update(COST, p);
        jdbc.update(MONTHS, p.addValue("fromDay", EVER_FROM.toLocalDate()).addValue("toDay", EVER_TO.toLocalDate()));
        jdbc.update(CASE_DAYS, p);
        jdbc.update("UPDATE report_summary_state SET offset_seconds = :offset, built_at = :now WHERE id = 1",
                p.addValue("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Report summaries rebuilt at offset {} in {} ms", properties.summaryOffset(), took.toMillis());
        return took;
    }

    /** Whether the summaries are missing or were built for another offset than the configured one. */
    @Transactional(readOnly = true)
    boolean needRebuild() {
        return builtOffset().filter(o -> o == properties.summaryOffset().getTotalSeconds()).isEmpty();
    }

    /** The offset the summaries hold days of; empty while they were never built. */
    Optional<Integer> builtOffset() {
        return jdbc.getJdbcTemplate().query("SELECT offset_seconds FROM report_summary_state WHERE built_at IS NOT NULL",
                (rs, i) -> rs.getInt(1)).stream().findFirst();
    }

    /** Notes, in the transaction of the change, that a case's days must be recomputed ({@link #refreshChanged()}). */
    @Transactional
    void changed(long complaintId) {
        jdbc.update("INSERT IGNORE INTO report_summary_dirty (complaint_id) VALUES (:id)",
                new MapSqlParameterSource("id", complaintId));
    }

    /**
     * Recomputes the days of every case changed since, a batch of cases at a time, each day once per batch; the first
     * caller after a burst of changes does them all, the others find nothing left. Before the first rebuild it only
     * forgets them: the rebuild will count them.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void refreshChanged() {
        @Nullable Integer offset = lockState();
        while (true) {
            List<Long> ids = jdbc.getJdbcTemplate().queryForList(
                    "SELECT complaint_id FROM report_summary_dirty ORDER BY complaint_id LIMIT " + BATCH + " FOR UPDATE",
                    Long.class);
            if (ids.isEmpty()) {
                return;
            }
            if (offset != null) {
                refresh(ids, offset);
            }
            jdbc.update("DELETE FROM report_summary_dirty WHERE complaint_id IN (:ids)",
                    new MapSqlParameterSource("ids", ids));
        }
    }

    /** Recomputes the days the cases counted on and count on now; the caller holds the lock. */
    private void refresh(Collection<Long> complaintIds, int offset) {
        Set<LocalDate> flowDays = new TreeSet<>();
        Set<LocalDate> costDays = new TreeSet<>();
        var ids = new MapSqlParameterSource("ids", complaintIds).addValue("offset", offset);
        readDays(ids, flowDays, costDays);
        jdbc.update("DELETE FROM report_summary_case WHERE complaint_id IN (:ids)", ids);
        jdbc.update(CASE_DAYS + " WHERE c.id IN (:ids)", ids);
        readDays(ids, flowDays, costDays);
        for (LocalDate day : flowDays) {
            recompute("report_day_flow", FLOW, day, offset);
        }
        Set<LocalDate> months = new TreeSet<>();
        for (LocalDate day : costDays) {
            recompute("report_day_cost", COST, day, offset);
            months.add(day.withDayOfMonth(1));
        }
        for (LocalDate month : months) {
            jdbc.update("DELETE FROM report_month_cost WHERE month = :month", new MapSqlParameterSource("month", month));
            jdbc.update(MONTHS, new MapSqlParameterSource("fromDay", month).addValue("toDay", month.plusMonths(1)));
        }
    }

    private void readDays(MapSqlParameterSource ids, Set<LocalDate> flowDays, Set<LocalDate> costDays) {
        jdbc.query("SELECT opened_day, resolved_day, closed_day, settled_day FROM report_summary_case"
                + " WHERE complaint_id IN (:ids) FOR UPDATE", ids, rs -> {
            addDay(flowDays, rs.getObject(1, LocalDate.class));
            addDay(flowDays, rs.getObject(2, LocalDate.class));
            addDay(flowDays, rs.getObject(3, LocalDate.class));
            addDay(costDays, rs.getObject(4, LocalDate.class));
        });
    }

    private void recompute(String table, String insert, LocalDate day, int offset) {
        LocalDateTime from = day.atStartOfDay().minusSeconds(offset);
        jdbc.update("DELETE FROM " + table + " WHERE day = :day", new MapSqlParameterSource("day", day));
        jdbc.update(insert, params(offset, from, from.plusDays(1)));
    }

    /** Takes the summaries' lock; the offset they were built for, {@code null} if never. */
    private @Nullable Integer lockState() {
        return jdbc.getJdbcTemplate().query(
                "SELECT offset_seconds, built_at FROM report_summary_state WHERE id = 1 FOR UPDATE",
                rs -> rs.next() && rs.getObject(2) != null ? rs.getInt(1) : null);
    }

    private static void addDay(Set<LocalDate> days, @Nullable LocalDate day) {
        if (day != null) {
            days.add(day);
        }
    }

    private static MapSqlParameterSource params(int offset, LocalDateTime from, LocalDateTime to) {
        return new MapSqlParameterSource().addValue("offset", offset).addValue("from", from).addValue("to", to);
    }
}
