package com.claimdesk.report.ui;

import com.claimdesk.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser: ECharts loads from its WebJar (through Spring Security, signed in), every card
 * draws a canvas from the demo data, and the CSV link serves a UTF-8 file with a byte order mark.
 */
class ReportsE2ETest extends BrowserTest {

    private static final List<String> CARDS = List.of("flow", "age", "response", "costMonth", "costBy", "refunds",
            "escalations", "rounds", "agents");

    @Test
    void a_lead_sees_charts_of_the_demo_data_and_downloads_a_csv() {
        signIn("lead");
        driver.manage().window().setSize(new Dimension(1400, 3000));
        driver.get(url("reports"));
        for (String card : CARDS) {
            waitFor().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#report-" + card + " .cd-chart[data-rendered] canvas")));
        }
        assertThat(driver.getTitle()).isEqualTo("Reports");
        assertThat((Boolean) js("return typeof window.echarts === 'object'")).isTrue();
        // a drawn chart, not an empty canvas: ECharts knows its series
        Long series = (Long) js("return window.echarts.getInstanceByDom(document.querySelector('#report-flow .cd-chart'))"
                + ".getOption().series.length");
        assertThat(series).isEqualTo(3L);
        screenshot("20-reports");

        click(By.id("report-flow-table"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-flow vaadin-grid")));
        screenshot("21-reports-table");

        String href = driver.findElement(By.id("report-costBy-csv")).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Long> head = (List<Long>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b).slice(0, 12))));",
                href);
        assertThat(head.subList(0, 3)).containsExactly(0xEFL, 0xBBL, 0xBFL);
        assertThat(new String(head.subList(3, 11).stream().map(Long::byteValue)
                .collect(java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { })
                .toByteArray(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Category");
    }

    @Test
    void the_dashboard_speaks_chinese() {
        signIn("lead");
        driver.manage().window().setSize(new Dimension(1400, 3000));
        driver.get(url("reports?costBy=root_cause"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-costBy .cd-chart[data-rendered] canvas")));
        click(By.id("user-menu"));
        // the language menu is a sub-menu of the user menu
        waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Language')]"))).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("lang-zh"))).click();
        waitFor().until(ExpectedConditions.titleIs("报表"));
        for (String card : CARDS) {
            waitFor().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#report-" + card + " .cd-chart[data-rendered] canvas")));
        }
        screenshot("22-reports-chinese");
        try {
            assertThat(driver.findElement(By.id("report-costBy")).getText()).contains("投诉成本");
        } finally {
            // the language is stored with the user: give the lead back English for the other journeys
            click(By.id("user-menu"));
            waitFor().until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-menu-bar-item[contains(., '语言')]"))).click();
            waitFor().until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))).click();
            waitFor().until(ExpectedConditions.titleIs("Reports"));
        }
    }
}
