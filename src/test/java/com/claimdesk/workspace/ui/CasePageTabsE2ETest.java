package com.claimdesk.workspace.ui;

import com.claimdesk.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tab of the case page in a real browser, for the open case with the most offers and a closed one: the tabs come in their
 * order, each shows its content once opened, and a screenshot of each (target/e2e-screenshots/case-page) lets a
 * person compare the page before and after a change to how it is put together.
 */
class CasePageTabsE2ETest extends BrowserTest {

    /** Tab id → an element only that tab's content has. */
    private static final Map<String, String> CONTENT = new LinkedHashMap<>();

    static {
        CONTENT.put("tab-thread", "thread-entries");
        CONTENT.put("tab-negotiation", "negotiation");
        CONTENT.put("tab-outcome", "settlement");
        CONTENT.put("tab-evidence", "evidence-panel");
        CONTENT.put("tab-history", "history-grid");
        CONTENT.put("tab-details", "field-orderNumber");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_tab_of_a_case_in_negotiation_and_of_a_closed_case_shows_its_content() {
        String negotiating = jdbc.queryForObject("""
                SELECT c.case_number FROM complaint c
                WHERE c.status NOT IN ('RESOLVED', 'CLOSED')
                ORDER BY (SELECT COUNT(*) FROM negotiation_offer o WHERE o.complaint_id = c.id) DESC, c.id LIMIT 1""",
                String.class);
        String closed = jdbc.queryForObject("""
                SELECT c.case_number FROM complaint c
                WHERE c.status = 'CLOSED'
                ORDER BY (SELECT COUNT(*) FROM settlement s WHERE s.complaint_id = c.id) DESC, c.id LIMIT 1""", String.class);
        signIn("lead");
        driver.manage().window().setSize(new Dimension(1366, 1400));
        try {
            everyTab(negotiating, "negotiating");
            everyTab(closed, "closed");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private void everyTab(String caseNumber, String name) {
        driver.get(url("cases/" + caseNumber));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        @SuppressWarnings("unchecked")
        List<String> tabs = (List<String>) js("return [...document.querySelectorAll('#case-tabs vaadin-tab')]"
                + ".map(t => t.id)");
        assertThat(tabs).containsExactlyElementsOf(CONTENT.keySet());
        for (String tab : tabs) {
            click(By.id(tab));
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(CONTENT.get(tab))));
            waitFor().until(d -> js("return !document.documentElement.hasAttribute('aria-busy')"
                    + " && !document.querySelector('vaadin-connection-indicator[loading]')"));
            js("window.scrollTo(0, 0)");
            screenshot("case-page-" + name + "-" + tab);
        }
    }
}
