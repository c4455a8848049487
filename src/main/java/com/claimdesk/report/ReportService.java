package com.claimdesk.report;

import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.report.ReportRows.AgeBucket;
import com.claimdesk.report.ReportRows.AgeCount;
import com.claimdesk.report.ReportRows.AgentWorkload;
import com.claimdesk.report.ReportRows.CostDimension;
import com.claimdesk.report.ReportRows.CostShare;
import com.claimdesk.report.ReportRows.DisputeState;
import com.claimdesk.report.ReportRows.EscalationOutcome;
import com.claimdesk.report.ReportRows.GuidanceOutcome;
import com.claimdesk.report.ReportRows.MonthCost;
import com.claimdesk.report.ReportRows.RefundShare;
import com.claimdesk.report.ReportRows.ResponseTimes;
import com.claimdesk.report.ReportRows.ResponseWeek;
import com.claimdesk.report.ReportRows.RoundsCost;
import com.claimdesk.report.ReportRows.WeekFlow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The reports. Each one is a single aggregate query (GROUP BY in MariaDB, medians with MariaDB's {@code MEDIAN()}
 * window function) over the read-only views the other modules publish ({@code complaint_facts},
 * {@code settlement_facts}, ...; {@link com.claimdesk.base.PublishesViews}), never their tables: MariaDB merges the
 * views into the statement, so the plans are those of the tables. Nothing is loaded into memory beyond the rows a
 * chart shows. Filters narrow the cases; the period applies to the date the report is about (opened, settled, ...),
 * which each method names. See docs/decisions/040-reports.md and 080-modules.md.
 *
 * <p>Flow, cost and offer rounds are read from the module's own daily summaries ({@link ReportSummaries}) when they
 * answer the filter exactly ({@link #summarised(ReportFilter)}), with the same results
 * (docs/decisions/150-report-summaries.md); the {@code detailed...} variants always read the cases.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class ReportService {

    /** The longest list of labels a cost breakdown returns; the rest is added up in one "others" row. */
    public static final int MAX_LABELS = 15;

    /** The offer rounds of a settled case (alias {@code s}) proposed before its settlement. */
    private static final String ROUNDS_BEFORE_SETTLEMENT = """
            (SELECT COUNT(*) FROM offer_facts o
              WHERE o.complaint_id = s.complaint_id AND o.proposed_at <= s.settled_at)""";

    private static final String OPEN_STATES = "('" + String.join("','",
            ComplaintStatus.openStates().stream().map(Enum::name).sorted().toList()) + "')";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportProperties properties;
    private final Clock clock;
    private final ReportSummaries summaries;

    ReportService(NamedParameterJdbcTemplate jdbc, ReportProperties properties, Clock clock,
                  ReportSummaries summaries) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.summaries = summaries;
    }

    /** The team's base currency, in which every amount of the reports is given. */
    public String baseCurrency() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT base_currency FROM team_settings_facts", String.class);
    }

    /**
     * "SLA met" is the team's own first-response target: the case's first-response deadline from its SLA policy
     * (priority, marketplace, working hours; published by the deadline feature as
     * {@code first_response_deadline_facts}). It is due once met or once its (extended) date has passed, and met
     * when answered by that date. Cases that have no such deadline (opened before the
     * deadline feature) are measured against the configured {@code claimdesk.reports.first-response-target}.
     */
    private static final String SLA_JOIN = "LEFT JOIN first_response_deadline_facts d ON d.complaint_id = c.id";

    private static final String SLA_COLUMNS = """
            CASE WHEN d.complaint_id IS NULL THEN (c.first_response_at IS NOT NULL OR c.created_at <= :dueBefore)
                 ELSE (d.met OR d.due_by <= :now) END sla_due,
            CASE WHEN d.complaint_id IS NULL
                 THEN (c.first_response_at IS NOT NULL
                       AND TIMESTAMPDIFF(SECOND, c.created_at, c.first_response_at) <= :target)
                 ELSE (d.met AND d.met_at <= d.due_by) END sla_met""";

    /** The fallback first-response target for cases without an SLA deadline (see {@link #SLA_COLUMNS}). */
    public Duration firstResponseTarget() {
        return properties.firstResponseTarget();
    }

    /** Cases opened, resolved and closed per week; each counted in the week of that event, within the period. */
    public List<WeekFlow> flowPerWeek(@Valid @NotNull ReportFilter filter) {
        return flowPerWeek(filter, summarised(filter));
    }

    /** {@link #flowPerWeek(ReportFilter)} from the cases, never the summaries: what the summaries must equal. */
    List<WeekFlow> detailedFlowPerWeek(ReportFilter filter) {
        return flowPerWeek(filter, false);
    }

    private List<WeekFlow> flowPerWeek(ReportFilter filter, boolean fromSummaries) {
        var p = params(filter);
        String sql = fromSummaries ? """
                SELECT %s wk, SUM(s.opened) opened, SUM(s.resolved) resolved, SUM(s.closed) closed
                FROM report_day_flow s WHERE %s GROUP BY wk""".formatted(SUMMARY_WEEK, summaryWhere(filter)) : """
                SELECT wk, SUM(opened) opened, SUM(resolved) resolved, SUM(closed) closed FROM (
                  SELECT %s wk, COUNT(*) opened, 0 resolved, 0 closed FROM complaint_facts c WHERE %s GROUP BY wk
                  UNION ALL
                  SELECT %s wk, 0, COUNT(*), 0 FROM complaint_facts c WHERE %s GROUP BY wk
                  UNION ALL
                  SELECT %s wk, 0, 0, COUNT(*) FROM complaint_facts c WHERE %s GROUP BY wk
                ) t GROUP BY wk""".formatted(
                week("c.created_at"), where(filter, "c.created_at"),
                week("c.resolved_at"), where(filter, "c.resolved_at"),
                week("c.closed_at"), where(filter, "c.closed_at"));
        Map<LocalDate, WeekFlow> found = new TreeMap<>();
        jdbc.query(sql, p, rs -> {
            LocalDate wk = rs.getObject("wk", LocalDate.class);
            found.put(wk, new WeekFlow(wk, rs.getLong("opened"), rs.getLong("resolved"), rs.getLong("closed")));
        });
        return fill(weeks(filter), found, wk -> new WeekFlow(wk, 0, 0, 0));
    }

    /**
     * Cases open now, by how long they have been open. A snapshot of today: the period does not apply (a case
     * opened before it and still open is exactly what this report is for); the other filters do.
     */
    public List<AgeCount> openByAge(@Valid @NotNull ReportFilter filter) {
        var p = params(filter);
        Instant now = clock.instant();
        StringBuilder bucket = new StringBuilder("CASE");
        AgeBucket[] buckets = AgeBucket.values();
        for (int i = 0; i < buckets.length - 1; i++) {
            p.addValue("age" + i, utc(now.minus(Duration.ofDays(buckets[i].toDays))));
            bucket.append(" WHEN c.created_at > :age").append(i).append(" THEN ").append(i);
        }
        bucket.append(" ELSE ").append(buckets.length - 1).append(" END");
        String sql = "SELECT " + bucket + " b, COUNT(*) n FROM complaint_facts c WHERE c.status IN " + OPEN_STATES
                + criteria(filter) + " GROUP BY b";
        Map<AgeBucket, Long> counts = new EnumMap<>(AgeBucket.class);
        jdbc.query(sql, p, rs -> {
            counts.put(buckets[rs.getInt("b")], rs.getLong("n"));
        });
        List<AgeCount> rows = new ArrayList<>();
        for (AgeBucket b : buckets) {
            rows.add(new AgeCount(b, counts.getOrDefault(b, 0L)));
        }
        return rows;
    }

    /**
     * First response and resolution of the cases opened in the period, per week and in total: SLA met % (answered
     * within {@link #firstResponseTarget()}; a case not yet answered counts once its target has passed), the
     * median hours to the first reply and the median hours to resolution (of the resolved ones).
     */
    public ResponseTimes responseTimes(@Valid @NotNull ReportFilter filter) {
        var p = params(filter);
        long target = firstResponseTarget().toSeconds();
        p.addValue("target", target);
        p.addValue("dueBefore", utc(clock.instant().minusSeconds(target)));
        p.addValue("now", utc(clock.instant()));
        String sql = """
                SELECT wk, COUNT(*) cases,
                       SUM(sla_due) due, SUM(sla_met) met,
                       SUM(res IS NOT NULL) resolved,
                       MAX(med_fr) med_fr, MAX(med_res) med_res, MAX(all_fr) all_fr, MAX(all_res) all_res
                FROM (
                  SELECT wk, created_at, fr, res, sla_due, sla_met,
                         MEDIAN(fr) OVER (PARTITION BY wk) med_fr, MEDIAN(res) OVER (PARTITION BY wk) med_res,
                         MEDIAN(fr) OVER () all_fr, MEDIAN(res) OVER () all_res
                  FROM (
                    SELECT %s wk, c.created_at,
                           TIMESTAMPDIFF(SECOND, c.created_at, c.first_response_at) fr,
                           TIMESTAMPDIFF(SECOND, c.created_at, c.resolved_at) res, %s
                    FROM complaint_facts c %s WHERE %s
                  ) b
                ) t GROUP BY wk""".formatted(week("c.created_at"), SLA_COLUMNS, SLA_JOIN, where(filter, "c.created_at"));
        Map<LocalDate, ResponseWeek> found = new TreeMap<>();
        BigDecimal[] overall = new BigDecimal[2];
        jdbc.query(sql, p, rs -> {
            LocalDate wk = rs.getObject("wk", LocalDate.class);
            long due = rs.getLong("due");
            long met = rs.getLong("met");
            found.put(wk, new ResponseWeek(wk, rs.getLong("cases"), due, met, percent(met, due),
                    hours(rs.getBigDecimal("med_fr")), rs.getLong("resolved"), hours(rs.getBigDecimal("med_res"))));
            overall[0] = hours(rs.getBigDecimal("all_fr"));
            overall[1] = hours(rs.getBigDecimal("all_res"));
        });
        long cases = 0;
        long due = 0;
        long met = 0;
        long resolved = 0;
        for (ResponseWeek w : found.values()) {
            cases += w.cases();
            due += w.due();
            met += w.met();
            resolved += w.resolved();
        }
        var total = new ResponseWeek(null, cases, due, met, percent(met, due), overall[0], resolved, overall[1]);
        return new ResponseTimes(firstResponseTarget().toHours(), total,
                fill(weeks(filter), found, wk -> new ResponseWeek(wk, 0, 0, 0, null, null, 0, null)));
    }

    /** Total settlement cost per month, by the day the case was settled. */
    public List<MonthCost> costPerMonth(@Valid @NotNull ReportFilter filter) {
        return costPerMonth(filter, summarised(filter));
    }

    /** {@link #costPerMonth(ReportFilter)} from the cases, never the summaries. */
    List<MonthCost> detailedCostPerMonth(ReportFilter filter) {
        return costPerMonth(filter, false);
    }

    private List<MonthCost> costPerMonth(ReportFilter filter, boolean fromSummaries) {
        var p = params(filter);
        // the case is joined only to filter: without criteria the settlement index alone answers
        String join = criteria(filter).isEmpty() ? "" : " JOIN complaint_facts c ON c.id = s.complaint_id";
        String sql = fromSummaries ? """
                SELECT CAST(DATE_FORMAT(s.day, '%%Y-%%m-01') AS DATE) m, SUM(s.cases) n, SUM(s.cost) cost
                FROM %s GROUP BY m""".formatted(costSummaries(filter)) : """
                SELECT %s m, COUNT(*) n, SUM(s.base_total) cost
                FROM settlement_facts s%s
                WHERE s.base_currency = :base AND %s GROUP BY m""".formatted(month("s.settled_at"), join,
                where(filter, "s.settled_at"));
        Map<LocalDate, MonthCost> found = new TreeMap<>();
        jdbc.query(sql, p, rs -> {
            LocalDate m = rs.getObject("m", LocalDate.class);
            found.put(m, new MonthCost(m, rs.getLong("n"), money(rs.getBigDecimal("cost"))));
        });
        return fill(months(filter), found, m -> new MonthCost(m, 0, BigDecimal.ZERO.setScale(2)));
    }

    /**
     * Settlement cost of the cases settled in the period, by category, root cause, marketplace, product or carrier;
     * the largest first, at most {@link #MAX_LABELS} of them and one row adding up the rest.
     */
    public List<CostShare> costBy(@Valid @NotNull ReportFilter filter, @NotNull CostDimension dimension) {
        // the summaries keep no product or carrier: too many values to add anything up
        return costBy(filter, dimension, summarised(filter) && dimension != CostDimension.PRODUCT
                && dimension != CostDimension.CARRIER);
    }

    /** {@link #costBy(ReportFilter, CostDimension)} from the cases, never the summaries. */
    List<CostShare> detailedCostBy(ReportFilter filter, CostDimension dimension) {
        return costBy(filter, dimension, false);
    }

    private List<CostShare> costBy(ReportFilter filter, CostDimension dimension, boolean fromSummaries) {
        var p = params(filter);
        String column = switch (dimension) {
            case CATEGORY -> fromSummaries ? "s.category" : "c.category";
            case ROOT_CAUSE -> fromSummaries ? "NULLIF(s.root_cause, '')" : "c.root_cause";
            case MARKETPLACE -> fromSummaries ? "s.marketplace" : "c.marketplace";
            case PRODUCT -> "c.sku";
            case CARRIER -> "c.carrier";
        };
        String sql = fromSummaries ? """
                SELECT %s label, SUM(s.cases) n, SUM(s.cost) cost
                FROM %s GROUP BY label ORDER BY cost DESC, label""".formatted(column, costSummaries(filter)) : """
                SELECT %s label, COUNT(*) n, SUM(s.base_total) cost
                FROM settlement_facts s JOIN complaint_facts c ON c.id = s.complaint_id
                WHERE s.base_currency = :base AND %s
                GROUP BY label ORDER BY cost DESC, label""".formatted(column, where(filter, "s.settled_at"));
        record Raw(String label, long cases, BigDecimal cost) {
        }
        List<Raw> raw = jdbc.query(sql, p, (rs, i) -> new Raw(rs.getString("label"), rs.getLong("n"),
                rs.getBigDecimal("cost")));
        BigDecimal total = raw.stream().map(Raw::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CostShare> rows = new ArrayList<>();
        long otherCases = 0;
        BigDecimal otherCost = BigDecimal.ZERO;
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            if (i < MAX_LABELS) {
                rows.add(new CostShare(r.label(), false, r.cases(), money(r.cost()), percent(r.cost(), total)));
            } else {
                otherCases += r.cases();
                otherCost = otherCost.add(r.cost());
            }
        }
        if (otherCases > 0) {
            rows.add(new CostShare(null, true, otherCases, money(otherCost), percent(otherCost, total)));
        }
        return rows;
    }

    /**
     * Refunds as a share of order value, for the cases opened in each month. Refunds are the approved refund
     * requests (their stored base amount) plus refund lines in a settlement's ledger without a request (so that none
     * counts twice). Since docs/decisions/070-refund-integrity.md a refund typed into a ledger becomes a request, so
     * only ledgers written before that hold such lines; they still count. Order values are converted in the database with the
     * exchange rate valid on the order date, grouped by day and currency first so that each rate is looked up once
     * per group, not once per case.
     */
    public List<RefundShare> refundShare(@Valid @NotNull ReportFilter filter) {
        var p = params(filter);
        String orders = """
                SELECT m, SUM(n) n, SUM(CASE WHEN cur = :base THEN amount ELSE amount * rate END) order_value,
                       SUM(CASE WHEN cur <> :base AND rate IS NULL THEN n ELSE 0 END) unconverted
                FROM (
                  SELECT g.m, g.cur, g.amount, g.n,
                         (SELECT r.rate FROM exchange_rate_facts r
                           WHERE r.currency = g.cur AND r.base_currency = :base AND r.valid_from <= g.order_date
                           ORDER BY r.valid_from DESC LIMIT 1) rate
                  FROM (
                    SELECT %s m, c.order_value_currency cur, c.order_date, SUM(c.order_value_amount) amount, COUNT(*) n
                    FROM complaint_facts c WHERE %s GROUP BY m, cur, c.order_date
                  ) g
                ) x GROUP BY m""".formatted(month("c.created_at"), where(filter, "c.created_at"));
        // driven from the cases of the period (STRAIGHT_JOIN): left to itself MariaDB reads every approved refund
        // and looks its case up, which on a million cases takes seconds instead of a fraction of one
        String refunds = """
                SELECT m, SUM(amount) refunds FROM (
                  SELECT %1$s m, r.base_amount amount
                  FROM complaint_facts c STRAIGHT_JOIN approved_refund_facts r ON r.complaint_id = c.id
                  WHERE r.base_currency = :base AND %2$s
                  UNION ALL
                  SELECT %1$s m, l.base_amount
                  FROM complaint_facts c STRAIGHT_JOIN settlement_facts s ON s.complaint_id = c.id
                       STRAIGHT_JOIN settlement_ledger_refund_facts l ON l.settlement_id = s.id
                  WHERE s.base_currency = :base AND %2$s
                ) x GROUP BY m""".formatted(month("c.created_at"), where(filter, "c.created_at"));
        Map<LocalDate, BigDecimal> refundByMonth = new TreeMap<>();
        jdbc.query(refunds, p, rs -> {
            refundByMonth.put(rs.getObject("m", LocalDate.class), rs.getBigDecimal("refunds"));
        });
        Map<LocalDate, RefundShare> found = new TreeMap<>();
        jdbc.query(orders, p, rs -> {
            LocalDate m = rs.getObject("m", LocalDate.class);
            BigDecimal value = rs.getBigDecimal("order_value");
            BigDecimal refunded = refundByMonth.getOrDefault(m, BigDecimal.ZERO);
            found.put(m, new RefundShare(m, rs.getLong("n"), money(refunded), money(value),
                    percent(refunded, value), rs.getLong("unconverted")));
        });
        return fill(months(filter), found, m -> new RefundShare(m, 0, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), null, 0));
    }

    /**
     * Cases opened in the period that were escalated at any time (a status change to ESCALATED in their history,
     * or escalated now), by where they stand and the resolution of their settlement, with its cost.
     */
    public List<EscalationOutcome> escalations(@Valid @NotNull ReportFilter filter) {
        var p = params(filter);
        String sql = """
                SELECT CASE c.status WHEN 'RESOLVED' THEN 'RESOLVED' WHEN 'CLOSED' THEN 'CLOSED' ELSE 'OPEN' END state,
                       s.resolution, COUNT(*) n, SUM(s.base_total) cost
                FROM (
                  SELECT a.complaint_id id FROM status_change_facts a WHERE a.new_status = 'ESCALATED'
                  UNION
                  SELECT e.id FROM complaint_facts e WHERE e.status = 'ESCALATED'
                ) esc
                JOIN complaint_facts c ON c.id = esc.id
                LEFT JOIN settlement_facts s ON s.complaint_id = c.id AND s.base_currency = :base
                WHERE %s
                GROUP BY state, s.resolution ORDER BY n DESC, state, s.resolution""".formatted(
                where(filter, "c.created_at"));
        return jdbc.query(sql, p, (rs, i) -> new EscalationOutcome(DisputeState.valueOf(rs.getString("state")),
                rs.getString("resolution"), rs.getLong("n"), moneyOrNull(rs.getBigDecimal("cost"))));
    }

    /**
     * Does settling early pay? The cases settled in the period by the number of offer rounds recorded before the
     * settlement (0, 1, 2, 3, 4 or more), with their average and total cost and how long they took.
     */
    public List<RoundsCost> roundsToSettlement(@Valid @NotNull ReportFilter filter) {
        return roundsToSettlement(filter, summarised(filter));
    }

    /** {@link #roundsToSettlement(ReportFilter)} from the cases, never the summaries. */
    List<RoundsCost> detailedRoundsToSettlement(ReportFilter filter) {
        return roundsToSettlement(filter, false);
    }

    private List<RoundsCost> roundsToSettlement(ReportFilter filter, boolean fromSummaries) {
        var p = params(filter);
        // the same divisions as AVG() (four more decimals than the dividend), so both ways round alike
        String sql = fromSummaries ? """
                SELECT s.rounds b, SUM(s.cases) n, SUM(s.cost) / SUM(s.cases) avg_cost, SUM(s.cost) cost,
                       SUM(s.settle_seconds) / SUM(s.cases) / 86400 days
                FROM %s GROUP BY b""".formatted(costSummaries(filter)) : """
                SELECT LEAST(rounds, 4) b, COUNT(*) n, AVG(base_total) avg_cost, SUM(base_total) cost,
                       AVG(TIMESTAMPDIFF(SECOND, created_at, settled_at)) / 86400 days
                FROM (
                  SELECT s.base_total, s.settled_at, c.created_at,
                         %s rounds
                  FROM settlement_facts s JOIN complaint_facts c ON c.id = s.complaint_id
                  WHERE s.base_currency = :base AND %s
                ) t GROUP BY b""".formatted(ROUNDS_BEFORE_SETTLEMENT, where(filter, "s.settled_at"));
        Map<Integer, RoundsCost> found = new TreeMap<>();
        jdbc.query(sql, p, rs -> {
            int b = rs.getInt("b");
            found.put(b, new RoundsCost(b, rs.getLong("n"), money(rs.getBigDecimal("avg_cost")),
                    money(rs.getBigDecimal("cost")), scale1(rs.getBigDecimal("days"))));
        });
        List<RoundsCost> rows = new ArrayList<>();
        for (int b = 0; b <= 4; b++) {
            rows.add(found.getOrDefault(b, new RoundsCost(b, 0, null, BigDecimal.ZERO.setScale(2), null)));
        }
        return rows;
    }

    /**
     * "Did following the suggestion pay?": the cases settled in the period whose bottom line was saved with a
     * settlement guidance suggestion, those that kept it against those that changed it (docs/decisions/160). The
     * order value is converted with the rate valid on the order date, as in {@link #refundShare}; a case whose
     * currency has no rate counts, without a share. Read from the cases (few have a suggestion).
     */
    public List<GuidanceOutcome> guidanceOutcomes(@Valid @NotNull ReportFilter filter) {
        var p = params(filter);
        String sql = """
                SELECT followed, COUNT(*) n, AVG(cost * 100 / NULLIF(order_base, 0)) share, AVG(rounds) rounds,
                       AVG(seconds) / 86400 days
                FROM (
                  SELECT b.followed_suggestion followed, s.base_total cost,
                         TIMESTAMPDIFF(SECOND, c.created_at, s.settled_at) seconds,
                         CASE WHEN c.order_value_currency = :base THEN c.order_value_amount
                              ELSE c.order_value_amount * (SELECT r.rate FROM exchange_rate_facts r
                                     WHERE r.currency = c.order_value_currency AND r.base_currency = :base
                                       AND r.valid_from <= c.order_date ORDER BY r.valid_from DESC LIMIT 1) END order_base,
                         %s rounds
                  FROM settlement_facts s JOIN complaint_facts c ON c.id = s.complaint_id
                       JOIN bottom_line_facts b ON b.complaint_id = c.id
                  WHERE s.base_currency = :base AND b.followed_suggestion IS NOT NULL
                    AND c.status IN ('RESOLVED', 'CLOSED') AND %s
                ) t GROUP BY followed""".formatted(ROUNDS_BEFORE_SETTLEMENT, where(filter, "s.settled_at"));
        Map<Boolean, GuidanceOutcome> found = new TreeMap<>();
        jdbc.query(sql, p, rs -> {
            boolean followed = rs.getBoolean("followed");
            found.put(followed, new GuidanceOutcome(followed, rs.getLong("n"), scale1(rs.getBigDecimal("share")),
                    scale1(rs.getBigDecimal("rounds")), scale1(rs.getBigDecimal("days"))));
        });
        return List.of(found.getOrDefault(true, new GuidanceOutcome(true, 0, null, null, null)),
                found.getOrDefault(false, new GuidanceOutcome(false, 0, null, null, null)));
    }

    /**
     * The cases opened in the period by their current assignee: how many, how many still open and resolved, SLA
     * met %, median hours to resolution and the cost of their settlements. Most cases first (the unassigned last
     * among equals).
     */
    public List<AgentWorkload> agents(@Valid @NotNull ReportFilter filter) {
        var p = params(filter);
        long target = firstResponseTarget().toSeconds();
        p.addValue("target", target);
        p.addValue("dueBefore", utc(clock.instant().minusSeconds(target)));
        p.addValue("now", utc(clock.instant()));
        String sql = """
                SELECT t.agent_id, MAX(u.display_name) name, COUNT(*) cases,
                       SUM(t.status IN %s) open_now, SUM(t.res IS NOT NULL) resolved,
                       SUM(t.sla_due) due, SUM(t.sla_met) met,
                       MAX(t.med_res) med_res, SUM(t.cost) cost
                FROM (
                  SELECT agent_id, status, created_at, fr, res, cost, sla_due, sla_met,
                         MEDIAN(res) OVER (PARTITION BY agent_id) med_res
                  FROM (
                    SELECT c.assignee_id agent_id, c.status, c.created_at,
                           TIMESTAMPDIFF(SECOND, c.created_at, c.first_response_at) fr,
                           TIMESTAMPDIFF(SECOND, c.created_at, c.resolved_at) res, s.base_total cost, %s
                    FROM complaint_facts c LEFT JOIN settlement_facts s ON s.complaint_id = c.id AND s.base_currency = :base
                    %s
                    WHERE %s
                  ) b
                ) t LEFT JOIN user_names u ON u.id = t.agent_id
                GROUP BY t.agent_id ORDER BY cases DESC, t.agent_id IS NULL, name""".formatted(OPEN_STATES, SLA_COLUMNS, SLA_JOIN,
                where(filter, "c.created_at"));
        return jdbc.query(sql, p, (rs, i) -> {
            long agent = rs.getLong("agent_id");
            Long agentId = rs.wasNull() ? null : agent;
            long due = rs.getLong("due");
            return new AgentWorkload(agentId, rs.getString("name"), rs.getLong("cases"), rs.getLong("open_now"),
                    rs.getLong("resolved"), percent(rs.getLong("met"), due), hours(rs.getBigDecimal("med_res")),
                    money(orZero(rs.getBigDecimal("cost"))));
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The Monday of a summary's day. */
    private static final String SUMMARY_WEEK = "(s.day - INTERVAL WEEKDAY(s.day) DAY)";

    /**
     * Whether the daily summaries answer this filter exactly: they were built, their days are cut at the offset the
     * filter's zone has at both ends of the period (so its bounds are bounds of summary days, and its weeks and
     * months are theirs), and no product is asked for (they do not keep the SKU).
     */
    boolean summarised(ReportFilter f) {
        int offset = f.offsetSeconds();
        return f.sku() == null && f.zone().getRules().getOffset(f.end()).getTotalSeconds() == offset
                && summaries.builtOffset().filter(o -> o == offset).isPresent();
    }

    /** The period in summary days and the criteria on a summary row (alias {@code s}). */
    private static String summaryWhere(ReportFilter f) {
        return "s.agent_id = :agentKey AND s.day >= :fromDay AND s.day <= :toDay" + summaryCriteria(f);
    }

    /**
     * The settlement summaries of the period in the base currency (alias {@code s}): its whole months from
     * {@code report_month_cost}, the days of a partial month at either end from {@code report_day_cost}. A month's
     * row has its first day as {@code day}.
     */
    private static String costSummaries(ReportFilter f) {
        String criteria = summaryCriteria(f);
        return """
                (SELECT s.month day, s.marketplace, s.category, s.root_cause, s.rounds, s.cases, s.cost, s.settle_seconds
                 FROM report_month_cost s
                 WHERE s.agent_id = :agentKey AND s.month >= :fullFrom AND s.month < :fullTo
                   AND s.base_currency = :base%1$s
                 UNION ALL
                 SELECT s.day, s.marketplace, s.category, s.root_cause, s.rounds, s.cases, s.cost, s.settle_seconds
                 FROM report_day_cost s
                 WHERE s.agent_id = :agentKey AND s.day >= :fromDay AND s.day <= :toDay
                   AND (s.day < :fullFrom OR s.day >= :fullTo) AND s.base_currency = :base%1$s) s""".formatted(criteria);
    }

    /** The marketplace and category criteria on a summary row (alias {@code s}); the agent is its key. */
    private static String summaryCriteria(ReportFilter f) {
        return marketplaceAndCategory(f, "s").toString();
    }

    private MapSqlParameterSource params(ReportFilter f) {
        return new MapSqlParameterSource()
                .addValue("from", utc(f.start()))
                .addValue("to", utc(f.end()))
                .addValue("fromDay", f.from())
                .addValue("toDay", f.to())
                // the whole months of the period: from the first 1st on or after its start to the 1st after its end
                .addValue("fullFrom", f.from().getDayOfMonth() == 1 ? f.from() : f.from().withDayOfMonth(1).plusMonths(1))
                .addValue("fullTo", f.to().plusDays(1).withDayOfMonth(1))
                // agent 0 holds every case's totals (ReportSummaries)
                .addValue("agentKey", f.agentId() == null ? 0L : f.agentId())
                .addValue("offset", f.offsetSeconds())
                .addValue("marketplace", f.marketplace() == null ? null : f.marketplace().name())
                .addValue("category", f.category() == null ? null : f.category().name())
                .addValue("agent", f.agentId())
                .addValue("sku", f.sku())
                .addValue("base", baseCurrency());
    }

    /** The period on {@code dateColumn} and the optional criteria on the case (alias {@code c}). */
    private static String where(ReportFilter f, String dateColumn) {
        return dateColumn + " >= :from AND " + dateColumn + " < :to" + criteria(f);
    }

    private static String criteria(ReportFilter f) {
        StringBuilder sql = marketplaceAndCategory(f, "c");
        if (f.agentId() != null) {
            sql.append(" AND c.assignee_id = :agent");
        }
        if (f.sku() != null) {
            sql.append(" AND c.sku = :sku");
        }
        return sql.toString();
    }

    private static StringBuilder marketplaceAndCategory(ReportFilter f, String alias) {
        StringBuilder sql = new StringBuilder();
        if (f.marketplace() != null) {
            sql.append(" AND ").append(alias).append(".marketplace = :marketplace");
        }
        if (f.category() != null) {
            sql.append(" AND ").append(alias).append(".category = :category");
        }
        return sql;
    }

    /** The Monday of the week of a stored UTC time, in the viewer's zone. */
    private static String week(String column) {
        String local = "(" + column + " + INTERVAL :offset SECOND)";
        return "(DATE" + local + " - INTERVAL WEEKDAY" + local + " DAY)";
    }

    /** The first day of the month of a stored UTC time, in the viewer's zone. */
    private static String month(String column) {
        return "CAST(DATE_FORMAT(" + column + " + INTERVAL :offset SECOND, '%Y-%m-01') AS DATE)";
    }

    private static List<LocalDate> weeks(ReportFilter f) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate d = f.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !d.isAfter(f.to());
             d = d.plusWeeks(1)) {
            weeks.add(d);
        }
        return weeks;
    }

    private static List<LocalDate> months(ReportFilter f) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate d = f.from().withDayOfMonth(1); !d.isAfter(f.to()); d = d.plusMonths(1)) {
            months.add(d);
        }
        return months;
    }

    /** Every period of the axis, those without a row as {@code empty}: a chart needs a continuous axis. */
    private static <T> List<T> fill(List<LocalDate> axis, Map<LocalDate, T> found, Function<LocalDate, T> empty) {
        List<T> rows = new ArrayList<>(axis.size());
        for (LocalDate d : axis) {
            rows.add(found.containsKey(d) ? found.get(d) : empty.apply(d));
        }
        return rows;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(BigDecimal seconds) {
        return seconds == null ? null : seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale1(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal moneyOrNull(BigDecimal value) {
        return value == null ? null : money(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
