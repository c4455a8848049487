package com.claimdesk.report.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Category;
import com.claimdesk.report.ReportRows.CostDimension;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportsViewTest extends KaribuTest {

    private static final List<String> ALL = List.of("flow", "age", "response", "costMonth", "costBy", "refunds",
            "escalations", "rounds", "guidance", "agents");

    @Autowired
    ComplaintService complaints;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Lets the background queries finish and their UI.access tasks run, as the browser's next round trip would (in
     * the test's thread, which holds the mocked session).
     */
    private static void awaitReports(ReportsView view) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return view.loadedReports().size() >= ALL.size();
        });
        assertThat(view.loadedReports()).containsExactlyElementsOf(ALL);
    }

    @Test
    void a_manager_sees_every_report_as_a_card_with_chart_and_table() {
        TestCases.aCase().openAs("agent", complaints, userService);
        login("manager");
        navigate("reports");
        var view = _get(ReportsView.class);
        assertThat(view.cards.keySet()).containsExactlyElementsOf(ALL);
        awaitReports(view);

        // a case opened today: the chart has data, the table the same weeks
        ReportCard flow = view.cards.get("flow");
        assertThat(flow.chart.getOption()).contains("\"type\":\"bar\"").contains("Opened");
        assertThat(flow.table().headers()).containsExactly("Week from", "Opened", "Resolved", "Closed");
        long opened = flow.table().rows().stream().mapToLong(r -> (Long) r.get(1)).sum();
        assertThat(opened).isPositive();
        assertThat(flow.grid.isVisible()).isFalse();
        flow.tableToggle.click();
        assertThat(flow.grid.isVisible()).isTrue();
        assertThat(flow.grid.getColumns()).hasSize(4);
        assertThat(flow.csv.isEnabled()).isTrue();
        assertThat(view.cards.get("costBy").table().headers().getFirst()).isEqualTo("Category");
    }

    @Test
    void the_filters_come_from_the_address_and_go_back_into_it() {
        login("lead");
        navigate("reports?from=2026-01-01&to=2026-03-31&category=quality&costBy=carrier&sku=MUG-350");
        var view = _get(ReportsView.class);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(view.category.getValue()).isEqualTo(Category.QUALITY);
        assertThat(view.sku.getValue()).isEqualTo("MUG-350");
        assertThat(view.costBy.getValue()).isEqualTo(CostDimension.CARRIER);
        awaitReports(view);
        assertThat(view.cards.get("costBy").table().headers().getFirst()).isEqualTo("Carrier");
        // January to March: three months on the axis
        assertThat(view.cards.get("costMonth").table().rows()).hasSize(3);

        view.category.setValue(Category.NOT_RECEIVED);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).startsWith("reports");
        awaitReports(view);
    }

    @Test
    void the_guidance_card_sets_bottom_lines_that_kept_the_suggestion_against_those_that_changed_it() {
        login("manager");
        navigate("reports");
        var view = _get(ReportsView.class);
        awaitReports(view);
        ReportCard card = view.cards.get("guidance");
        assertThat(card.table().headers()).containsExactly("Bottom line", "Settled cases",
                "Average cost / order value %", "Average offer rounds", "Average days to settle");
        assertThat(card.table().rows()).extracting(r -> r.get(0))
                .containsExactly("Followed the suggestion", "Changed the suggestion");

        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("reports?from=2026-01-01");
        view = _get(ReportsView.class);
        awaitReports(view);
        assertThat(view.cards.get("guidance").table().rows()).extracting(r -> r.get(0))
                .containsExactly("采用建议", "修改了建议");
    }

    @Test
    void the_csv_download_has_the_cards_numbers_with_chinese_headers_for_a_chinese_viewer() throws Exception {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        TestCases.aCase().openAs("agent", complaints, userService); // open, so the age card counts it
        login("manager");
        navigate("reports");
        var view = _get(ReportsView.class);
        awaitReports(view);
        ReportCard age = view.cards.get("age");
        var response = age.download();
        assertThat(response.getContentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(response.getFileName()).matches("claimdesk-age-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv");
        byte[] bytes = response.getInputStream().readAllBytes();
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("已开启,案件数");
        assertThat(lines[1]).startsWith("不到 1 天,");
        assertThat(lines).hasSize(1 + com.claimdesk.report.ReportRows.AgeBucket.values().length);
        long inTable = age.table().rows().stream().mapToLong(r -> (Long) r.get(1)).sum();
        long inCsv = java.util.Arrays.stream(lines).skip(1).mapToLong(l -> Long.parseLong(l.substring(l.indexOf(',') + 1))).sum();
        assertThat(inCsv).isEqualTo(inTable).isPositive();
    }

    @Test
    void a_team_lead_rebuilds_the_summaries_from_the_reports_and_a_manager_has_no_such_button() {
        login("manager");
        navigate("reports");
        awaitReports(_get(ReportsView.class));
        assertThat(_find(Button.class, spec -> spec.withId("report-rebuild-summaries"))).isEmpty();

        login("lead");
        // another page first: navigating to the page shown keeps its instance, built for the manager
        navigate("cases");
        navigate("reports");
        var view = _get(ReportsView.class);
        awaitReports(view);
        Object builtBefore = jdbc.queryForObject("SELECT built_at FROM report_summary_state", Object.class);
        Button rebuild = _get(Button.class, spec -> spec.withId("report-rebuild-summaries"));
        _click(rebuild);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return rebuild.isEnabled();
        });
        assertThat(jdbc.queryForObject("SELECT built_at FROM report_summary_state", Object.class))
                .isNotEqualTo(builtBefore);
        awaitReports(view);
    }

    @Test
    void an_agent_may_not_open_the_reports() {
        login("agent");
        assertThatThrownBy(() -> navigate("reports")).hasMessageContaining("Access is denied");
    }
}
