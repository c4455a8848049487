package com.claimdesk.report;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.report.ReportRows.CostDimension;
import com.claimdesk.security.SystemActor;
import com.claimdesk.security.UserService;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementSeedWriter;
import com.claimdesk.settlement.SettlementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The daily summaries give exactly what the detailed queries give: on the same data (the demo cases, whatever other
 * tests left, and two years of back-dated cases of our own, many of them opened, resolved, closed or settled on the
 * second a day begins or ends at the summaries' offset), for periods, zones and filters that the summaries answer
 * and some they leave to the cases; they follow a case's changes through the events; a rebuild gives the same rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSummariesTest {

    /** The summaries' offset in the tests (the default): Shanghai's, which has no daylight saving time. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReportService reports;
    @Autowired
    ReportSummaries summaries;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SettlementService settlements;
    @Autowired
    ComplaintSeedWriter seedWriter;
    @Autowired
    SettlementSeedWriter settlementSeeds;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    private long agentId;
    private long agent2Id;
    private LocalDate today;

    @BeforeAll
    void twoYearsOfCasesAndFreshSummaries() {
        agentId = userId("agent");
        agent2Id = userId("agent2");
        today = LocalDate.now(clock.withZone(SHANGHAI));
        backDatedCases();
        summaries.rebuildNow();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void every_summarised_report_equals_the_detailed_query_for_any_period_zone_and_filter() {
        TestUsers.login(users, "manager");
        List<ReportFilter> filters = new ArrayList<>();
        List<LocalDate[]> periods = List.of(
                new LocalDate[]{today.minusDays(ReportFilter.MAX_DAYS - 1), today},
                new LocalDate[]{LocalDate.of(2024, 3, 15), LocalDate.of(2025, 11, 3)},
                new LocalDate[]{LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2)},
                new LocalDate[]{LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 12)},
                new LocalDate[]{LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)},
                new LocalDate[]{LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 17)});
        List<ZoneId> zones = List.of(SHANGHAI, ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneId.of("America/New_York"));
        for (LocalDate[] period : periods) {
            for (ZoneId zone : zones) {
                filters.add(new ReportFilter(period[0], period[1], zone, null, null, null, null));
                filters.add(new ReportFilter(period[0], period[1], zone, Marketplace.AMAZON, null, null, null));
                filters.add(new ReportFilter(period[0], period[1], zone, null, Category.QUALITY, null, null));
                filters.add(new ReportFilter(period[0], period[1], zone, null, null, agentId, null));
                filters.add(new ReportFilter(period[0], period[1], zone, Marketplace.ALIEXPRESS, Category.NOT_RECEIVED,
                        agent2Id, null));
                filters.add(new ReportFilter(period[0], period[1], zone, null, null, null, "SUM-SKU-1"));
            }
        }
        int summarised = 0;
        for (ReportFilter f : filters) {
            if (reports.summarised(f)) {
                summarised++;
            }
            assertThat(reports.flowPerWeek(f)).as("flow %s", f).isEqualTo(reports.detailedFlowPerWeek(f));
            assertThat(reports.costPerMonth(f)).as("cost per month %s", f).isEqualTo(reports.detailedCostPerMonth(f));
            for (CostDimension d : CostDimension.values()) {
                assertThat(reports.costBy(f, d)).as("cost by %s %s", d, f).isEqualTo(reports.detailedCostBy(f, d));
            }
            assertThat(reports.roundsToSettlement(f)).as("rounds %s", f)
                    .isEqualTo(reports.detailedRoundsToSettlement(f));
        }
        // Shanghai and +08:00 without a product: 2 zones x 6 periods x 5 filters
        assertThat(summarised).isEqualTo(60);
        // and the comparison is not one of empty reports
        var all = new ReportFilter(today.minusDays(ReportFilter.MAX_DAYS - 1), today, SHANGHAI, null, null, null, null);
        assertThat(reports.flowPerWeek(all).stream().mapToLong(w -> w.opened() + w.resolved() + w.closed()).sum())
                .isGreaterThan(200);
        assertThat(reports.costPerMonth(all).stream().mapToLong(ReportRows.MonthCost::cases).sum())
                .isGreaterThan(40);
        assertThat(reports.costBy(all, CostDimension.ROOT_CAUSE)).hasSizeGreaterThan(2);
    }

    @Test
    void a_case_change_updates_the_summaries_through_its_events_and_a_rebuild_gives_the_same_rows() {
        TestUsers.login(users, "agent");
        String number = TestCases.aCase().buyer("Summary Buyer", "DE", "de").orderValue("80.00", "USD")
                .subReason(SubReason.DEFECTIVE_ON_ARRIVAL).marketplace(Marketplace.AMAZON).open(complaints);
        long id = complaints.get(number).id();
        var agent2Today = new ReportFilter(today, today, SHANGHAI, null, null, agent2Id, null);
        TestUsers.login(users, "manager");
        long before = opened(agent2Today);

        TestUsers.login(users, "agent");
        complaints.assign(number, complaints.get(number).version(), agent2Id);
        TestUsers.login(users, "manager");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(opened(agent2Today)).isEqualTo(before + 1);
            assertThat(reports.flowPerWeek(agent2Today)).isEqualTo(reports.detailedFlowPerWeek(agent2Today));
        });

        TestUsers.login(users, "agent2");
        complaints.changeStatus(number, complaints.get(number).version(), ComplaintStatus.INVESTIGATING);
        var form = new SettlementForm();
        form.setResolution(Resolution.RESHIP_OR_REPLACE);
        form.setCosts(List.of(new CostLine(CostKind.FREIGHT_OUT, new BigDecimal("12.50"), "USD", null, null)));
        settlements.settle(id, form);
        TestUsers.login(users, "manager");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(reports.flowPerWeek(agent2Today).getLast().resolved()).isPositive();
            assertThat(reports.flowPerWeek(agent2Today)).isEqualTo(reports.detailedFlowPerWeek(agent2Today));
            assertThat(reports.costPerMonth(agent2Today)).isEqualTo(reports.detailedCostPerMonth(agent2Today));
            assertThat(reports.costPerMonth(agent2Today).getLast().cost()).isGreaterThanOrEqualTo(new BigDecimal("12.50"));
        });

        // a changed settlement moves no status: only its own event tells the summaries
        TestUsers.login(users, "agent2");
        form.setCosts(List.of(new CostLine(CostKind.FREIGHT_OUT, new BigDecimal("99.00"), "USD", null, null)));
        settlements.settle(id, form);
        TestUsers.login(users, "manager");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reports.costBy(agent2Today, CostDimension.CATEGORY))
                        .isEqualTo(reports.detailedCostBy(agent2Today, CostDimension.CATEGORY))
                        .anySatisfy(c -> assertThat(c.cost()).isGreaterThanOrEqualTo(new BigDecimal("99.00"))));

        // reopened: the day it was resolved on loses it
        TestUsers.login(users, "agent2");
        complaints.changeStatus(number, complaints.get(number).version(), ComplaintStatus.INVESTIGATING);
        TestUsers.login(users, "manager");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reports.flowPerWeek(agent2Today)).isEqualTo(reports.detailedFlowPerWeek(agent2Today)));

        awaitNoEventsInFlight();
        Map<String, List<Map<String, Object>>> kept = tables();
        summaries.rebuildNow();
        assertThat(tables()).isEqualTo(kept);
    }

    @Test
    void the_changes_noted_before_a_refresh_are_all_recomputed_by_it_each_day_once() {
        // two cases written past the events (as an import in bulk might be noted), on a day of their own
        Instant day = Instant.parse("2023-05-10T02:00:00Z");
        var tx = new TransactionTemplate(transactions);
        List<Long> ids = SystemActor.call(() -> tx.execute(s -> List.of(
                seedWriter.write(TestCases.aCase().buyer("Summary Buyer", "US", "en").orderValue("10.00", "USD")
                        .subReason(SubReason.DEFECTIVE_ON_ARRIVAL).build(), List.of(), agentId, agentId, day,
                        Duration.ofHours(1)),
                seedWriter.write(TestCases.aCase().buyer("Summary Buyer", "US", "en").orderValue("10.00", "USD")
                        .subReason(SubReason.IN_TRANSIT_OVERDUE).build(), List.of(ComplaintStatus.INVESTIGATING,
                        ComplaintStatus.RESOLVED), agent2Id, agentId, day, Duration.ofHours(3)))));
        var thatDay = new ReportFilter(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 10), SHANGHAI, null, null,
                null, null);
        TestUsers.login(users, "manager");
        // the summaries do not know them yet
        long before = opened(thatDay);
        assertThat(reports.detailedFlowPerWeek(thatDay).getFirst().opened()).isEqualTo(before + 2);

        tx.executeWithoutResult(s -> ids.forEach(summaries::changed));
        summaries.refreshChanged();

        assertThat(reports.flowPerWeek(thatDay)).isEqualTo(reports.detailedFlowPerWeek(thatDay));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_summary_dirty WHERE complaint_id IN (?, ?)",
                Long.class, ids.get(0), ids.get(1))).isZero();
    }

    @Test
    void only_a_team_lead_rebuilds_the_summaries() {
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> summaries.rebuild()).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "lead");
        assertThat(summaries.rebuild()).isPositive();
    }

    private long opened(ReportFilter f) {
        return reports.flowPerWeek(f).stream().mapToLong(ReportRows.WeekFlow::opened).sum();
    }

    private void awaitNoEventsInFlight() {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE ?", Long.class,
                SummaryFollower.class.getName() + "%") == 0);
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return Map.of(
                "flow", jdbc.queryForList("SELECT * FROM report_day_flow ORDER BY agent_id, day, marketplace, category"),
                "cost", jdbc.queryForList("SELECT * FROM report_day_cost ORDER BY agent_id, day, marketplace, category,"
                        + " root_cause, rounds, base_currency"),
                "months", jdbc.queryForList("SELECT * FROM report_month_cost ORDER BY agent_id, month, marketplace,"
                        + " category, root_cause, rounds, base_currency"),
                "cases", jdbc.queryForList("SELECT * FROM report_summary_case ORDER BY complaint_id"));
    }

    private long userId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    /*
     * 300 cases from 2024-01 to 2026-02, each path and dimension at random (seeded), many of them opened on the
     * second a Shanghai day begins (16:00:00 UTC) or the one before it, resolved and closed a whole number of hours
     * later, and two thirds of the finished ones settled, some of them on such a second too.
     */
    private void backDatedCases() {
        var random = new Random(15);
        SubReason[] reasons = SubReason.values();
        Marketplace[] marketplaces = Marketplace.values();
        RootCause[] causes = RootCause.values();
        Long[] assignees = {agentId, agent2Id, null};
        var tx = new TransactionTemplate(transactions);
        SystemActor.run(() -> tx.executeWithoutResult(s -> {
            for (int i = 0; i < 300; i++) {
                Instant day = Instant.parse("2024-01-01T16:00:00Z").plus(Duration.ofDays(random.nextInt(790)));
                Instant createdAt = switch (random.nextInt(3)) {
                    case 0 -> day;
                    case 1 -> day.minusSeconds(1);
                    default -> day.plusSeconds(random.nextInt(86_400));
                };
                Duration step = Duration.ofHours(1 + random.nextInt(60));
                List<ComplaintStatus> path = switch (random.nextInt(4)) {
                    case 0 -> List.of();
                    case 1 -> List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED);
                    default -> List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
                };
                ClosingDetails closing = new ClosingDetails();
                closing.setRootCause(causes[random.nextInt(causes.length)]);
                closing.setResponsibility(Responsibility.CARRIER);
                ComplaintDetails d = TestCases.aCase().buyer("Summary Buyer", "US", "en").orderValue("100.00", "USD")
                        .subReason(reasons[random.nextInt(reasons.length)])
                        .marketplace(marketplaces[random.nextInt(marketplaces.length)])
                        .sku(random.nextInt(4) == 0 ? "SUM-SKU-1" : "SUM-SKU-2")
                        .orderDate(LocalDate.ofInstant(day, ZoneOffset.UTC).minusDays(10)).build();
                long id = seedWriter.write(d, path, assignees[random.nextInt(3)], agentId, createdAt, step, closing);
                if (!path.isEmpty() && random.nextInt(3) > 0) {
                    var form = new SettlementForm();
                    form.setResolution(Resolution.PARTIAL_REFUND);
                    form.setCosts(List.of(new CostLine(CostKind.FREIGHT_OUT,
                            BigDecimal.valueOf(100 + random.nextInt(50_000), 2), "USD", null, null)));
                    Instant settledAt = random.nextBoolean() ? createdAt.plus(step.multipliedBy(2))
                            : Instant.parse("2024-01-01T16:00:00Z").plus(Duration.ofDays(random.nextInt(790)))
                            .minusSeconds(random.nextInt(2));
                    settlementSeeds.write(id, form, settledAt, agentId);
                }
            }
        }));
    }
}
