package com.claimdesk.e2e;

import com.claimdesk.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys in a real browser (Debian's headless Chromium) against the application on a random port with the
 * embedded MariaDB and demo data. Run by {@code ./mvnw verify -Pe2e}; screenshots land in target/e2e-screenshots.
 */
class BrowserJourneyE2ETest extends BrowserTest {

    private WebElement firstCaseLink() {
        return waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-grid a[href^='cases/CD-']")));
    }

    @Test
    void an_agent_signs_in_and_sees_their_queue() {
        signIn("agent");
        firstCaseLink();
        String header = driver.findElement(By.id("queue-grid")).getText();
        screenshot("02-queue");
        assertThat(driver.getTitle()).isEqualTo("Complaint queue");
        assertThat(driver.findElements(By.cssSelector("vaadin-grid a[href^='cases/CD-']"))).isNotEmpty();
        assertThat(header).isNotNull();
    }

    @Test
    void an_agent_opens_a_case_and_moves_it_to_investigating() {
        signIn("agent");
        // new cases of mine: they can always move to INVESTIGATING
        driver.get(url("cases?status=NEW&assignee=me"));
        WebElement link = firstCaseLink();
        String caseNumber = link.getText();
        link.click();
        waitFor().until(ExpectedConditions.urlContains("cases/" + caseNumber));
        var title = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        assertThat(title.getText()).startsWith(caseNumber);
        assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("New");
        screenshot("03-case");

        driver.findElement(By.id("status-to-INVESTIGATING")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Investigating"));
        screenshot("04-case-investigating");

        // the change is stored: a fresh load shows it
        driver.navigate().refresh();
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Investigating"));

        // answer the buyer from the thread
        var body = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#compose-body textarea")));
        body.sendKeys("Dear buyer, we checked with the carrier and will update you within 24 hours.");
        click(By.id("compose-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"),
                "we checked with the carrier"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("first-response"), "First answer"));
        screenshot("04b-case-thread");
    }

    @Test
    void filters_in_the_address_are_applied_and_an_unknown_case_is_explained() {
        signIn("agent");
        driver.get(url("cases?status=all&assignee=anyone&category=COST_CLAIM"));
        firstCaseLink();
        screenshot("05-queue-filtered");
        var category = driver.findElement(By.id("filter-category"));
        assertThat((String) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].inputElement.value", category)).isEqualTo("Cost claim");

        driver.get(url("cases/CD-1999-000001"));
        var message = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found-message")));
        assertThat(message.getText()).contains("CD-1999-000001");
        screenshot("06-not-found");

        driver.get(url("no/such/page"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("not-found-message"), "no/such/page"));
        // an agent typing the admin page's address learns nothing about it either
        driver.get(url("admin/users"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("not-found-message"), "admin/users"));
        screenshot("06b-no-such-page");
    }

    @Test
    void a_new_case_form_explains_what_is_missing_and_an_admin_works_in_chinese() {
        signIn("agent");
        driver.get(url("cases/new"));
        var save = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("save-case")));
        waitFor().until(ExpectedConditions.elementToBeClickable(save)).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.id("field-buyerName"), "invalid", "true"));
        screenshot("08-new-case-errors");

        driver.manage().deleteAllCookies();
        signIn("admin");
        driver.get(url("admin/users"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("users-grid")));
        driver.findElement(By.id("user-menu")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., 'Language')]")))
                .click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("lang-zh"))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "用户"));
        screenshot("09-users-chinese");
        // remembered for the next sign-in; switch back so that other journeys see English
        driver.findElement(By.id("user-menu")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., '语言')]")))
                .click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "Users"));
    }

    @Test
    void an_agent_answers_with_a_template_and_adds_a_photo() throws java.io.IOException {
        signIn("agent");
        driver.get(url("cases?status=NEW&assignee=me"));
        firstCaseLink().click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));

        // insert the best fitting template
        var template = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compose-template input")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", template);
        template.click();
        template.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        template.sendKeys(org.openqa.selenium.Keys.ENTER);
        var body = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compose-body textarea")));
        waitFor().until(d -> !body.getDomProperty("value").isBlank());
        String inserted = body.getDomProperty("value");
        screenshot("10-template-inserted");
        // fill in what the case does not know
        String finished = inserted.replaceAll("\\{[A-Za-z.]+}", "to be confirmed");
        body.clear();
        body.sendKeys(finished);
        click(By.id("compose-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("first-response"), "First answer"));
        assertThat(driver.findElement(By.id("thread-entries")).getText()).contains(finished.lines().findFirst().orElse(""));

        // upload a photo and see its thumbnail
        click(By.id("tab-evidence"));
        var dir = java.nio.file.Files.createTempDirectory("journey");
        var photo = java.nio.file.Files.write(dir.resolve("broken mug.jpg"),
                com.claimdesk.evidence.EvidenceSamples.jpegWithExif(1600, 1200, 1));
        var upload = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        waitFor().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#evidence-gallery img'); return i != null && i.complete && i.naturalWidth > 0"));
        screenshot("11-evidence-thumbnail");
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.claimdesk.complaint.ComplaintService complaints;
    @org.springframework.beans.factory.annotation.Autowired
    com.claimdesk.negotiation.NegotiationService negotiation;
    @org.springframework.beans.factory.annotation.Autowired
    com.claimdesk.security.UserService users;

    @Test
    void an_agent_sees_that_the_buyers_offer_is_within_the_bottom_line() {
        // the story so far, recorded through the services: a bottom line and the buyer's offer
        com.claimdesk.TestUsers.login(users, "agent");
        var mine = complaints.queue(com.claimdesk.complaint.QueueFilter.myOpenCases(), null, 0, 1).getFirst();
        long id = complaints.get(mine.caseNumber()).id();
        var order = complaints.get(mine.caseNumber()).details();
        var bottomLine = new com.claimdesk.negotiation.BottomLineForm();
        bottomLine.setMaxAmount(order.getOrderValue().multiply(new java.math.BigDecimal("0.5"))
                .setScale(2, java.math.RoundingMode.DOWN));
        bottomLine.setAcceptable(java.util.EnumSet.of(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND,
                com.claimdesk.negotiation.Resolution.COUPON));
        negotiation.setBottomLine(id, bottomLine);
        var offer = new com.claimdesk.negotiation.NewOffer();
        offer.setProposer(com.claimdesk.negotiation.Proposer.BUYER);
        offer.setResolution(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND);
        offer.setAmount(order.getOrderValue().multiply(new java.math.BigDecimal("0.3"))
                .setScale(2, java.math.RoundingMode.DOWN));
        offer.setCurrency(order.getOrderCurrency());
        offer.setNote("I keep the item if you refund 30 %");
        negotiation.recordOffer(id, offer, java.time.ZoneOffset.UTC);
        com.claimdesk.TestUsers.logout();

        signIn("agent");
        driver.get(url("cases/" + mine.caseNumber()));
        click(By.id("tab-negotiation"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("settle-now")));
        screenshot("12-negotiation-settle-now");
    }

    @Test
    void an_agent_asks_for_a_refund_above_the_limit_and_a_manager_approves_it() {
        signIn("agent");
        driver.get(url("cases?status=NEW&assignee=me"));
        WebElement link = firstCaseLink();
        String caseNumber = link.getText();
        link.click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        click(By.id("tab-negotiation"));
        var amount = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#refund-amount input")));
        js("arguments[0].scrollIntoView({block: 'center'})", amount);
        amount.sendKeys("480");
        driver.findElement(By.cssSelector("#refund-reason input")).sendKeys("Six mugs broken in transit");
        click(By.id("refund-request"));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Awaiting approval"));
        screenshot("13-refund-requested");

        // another person, another browser session
        driver.manage().deleteAllCookies();
        signIn("manager");
        driver.get(url("approvals"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-grid"), caseNumber));
        screenshot("14-approval-queue");
        // the only refund waiting in this journey's database
        click(By.cssSelector("vaadin-button[id^='approve-']"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision-comment textarea")))
                .sendKeys("Photos confirm the breakage");
        click(By.id("decision-confirm"));
        waitFor().until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-grid"), caseNumber)));

        driver.get(url("cases/" + caseNumber));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Negotiating"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page() {
        driver.get(url("login"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("agent");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor().until(ExpectedConditions.urlContains("login?error"));
        screenshot("07-login-error");
    }
}
