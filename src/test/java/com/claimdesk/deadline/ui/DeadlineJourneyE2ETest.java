package com.claimdesk.deadline.ui;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue by urgency and the late-delivery prevention banner, in a real browser. */
class DeadlineJourneyE2ETest extends BrowserTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    Clock clock;

    @Test
    void an_agent_sees_the_next_deadlines_and_extends_a_promised_delivery_date_on_time() {
        // a Trade Assurance order promised for the day after tomorrow, still on its way
        TestUsers.login(users, "agent");
        String number = TestCases.aCase().buyer("Prevention Buyer", "DE", "de").orderValue("860.00", "USD")
                .subReason(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME).marketplace(Marketplace.ALIBABA_TRADE_ASSURANCE)
                .shipped(9, LocalDate.now(clock).plusDays(2)).openAndTake(complaints).caseNumber();
        TestUsers.logout();

        signIn("agent");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid .cd-due")));
        screenshot("dl-queue");
        assertThat(driver.findElement(By.id("queue-grid")).getText()).contains("Next deadline");
        assertThat(driver.findElements(By.cssSelector("vaadin-grid .cd-due-overdue, vaadin-grid .cd-due-at-risk,"
                + " vaadin-grid .cd-due-ok"))).isNotEmpty();

        driver.get(url("cases?due=at_risk&assignee=anyone"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid .cd-due-at-risk")));
        screenshot("dl-queue-at-risk");

        driver.get(url("cases/" + number));
        var banner = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("prevention-banner")));
        assertThat(banner.getText()).contains("Extend the delivery date on the platform");
        screenshot("dl-prevention-banner");

        click(By.id("prevention-mark-extended"));
        var date = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#prevention-new-date input")));
        date.sendKeys(LocalDate.now(clock).plusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
        date.sendKeys(org.openqa.selenium.Keys.ENTER);
        driver.findElement(By.cssSelector("#prevention-reason input")).sendKeys("Extended on Alibaba.com");
        screenshot("dl-prevention-dialog");
        click(By.id("prevention-save"));
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("prevention-banner")));
        screenshot("dl-case-deadlines");
        assertThat(driver.findElement(By.id("case-deadlines")).getText()).contains("(extended)");
    }
}
