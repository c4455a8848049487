package com.claimdesk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views the modules publish for the reports (docs/decisions/080-modules.md, rule 4), as the database has them:
 * MariaDB merges each into the statement that reads it, so the reports keep the plans of the tables, among them the
 * covering indexes of V040 for a period's scan. {@link ModulesTest} checks the migrations' text; this checks what
 * MariaDB made of it (a view it cannot merge is stored as UNDEFINED, with only a warning).
 */
@IntegrationTest
class PublishedViewsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_published_view_exists_and_is_merged_into_the_statement_reading_it() throws IOException {
        Map<String, String> algorithms = new TreeMap<>();
        jdbc.query("SELECT table_name, algorithm, security_type FROM information_schema.views "
                + "WHERE table_schema = DATABASE()", rs -> {
            algorithms.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
        });
        assertThat(algorithms.keySet()).containsExactlyInAnyOrderElementsOf(ModulesTest.publishers().keySet());
        assertThat(algorithms).allSatisfy((view, how) -> assertThat(how).as(view).isEqualTo("MERGE INVOKER"));
        for (String view : algorithms.keySet()) {
            assertThat(plan("SELECT * FROM " + view)).as(view)
                    .allSatisfy(step -> assertThat(step.get("select_type")).isEqualTo("SIMPLE"));
        }
    }

    @Test
    void a_period_of_cases_is_read_from_the_covering_report_index_through_the_view() {
        var step = plan("""
                SELECT c.status, c.marketplace, c.category, c.assignee_id, c.first_response_at, c.resolved_at,
                       c.order_value_currency, c.order_date, c.order_value_amount
                FROM complaint_facts c WHERE c.created_at >= ? AND c.created_at < ?""",
                LocalDateTime.now().minusYears(10), LocalDateTime.now()).getFirst();
        assertThat(step.get("key")).isEqualTo("ix_complaint_report");
        assertThat((String) step.get("Extra")).contains("Using index");
    }

    @Test
    void a_period_of_settlements_is_read_from_the_covering_report_index_through_the_view() {
        var step = plan("""
                SELECT s.complaint_id, s.base_total FROM settlement_facts s
                WHERE s.base_currency = 'USD' AND s.settled_at >= ? AND s.settled_at < ?""",
                LocalDateTime.now().minusYears(10), LocalDateTime.now()).getFirst();
        assertThat(step.get("key")).isEqualTo("ix_settlement_report");
        assertThat((String) step.get("Extra")).contains("Using index");
    }

    private List<Map<String, Object>> plan(String sql, Object... args) {
        return jdbc.queryForList("EXPLAIN " + sql, args);
    }
}
