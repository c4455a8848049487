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

        signOut();
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
    void an_agent_negotiates_a_manager_approves_the_refund_and_the_agent_settles_and_closes() {
        signIn("agent");
        driver.get(url("cases?status=NEW&assignee=me"));
        WebElement link = firstCaseLink();
        String caseNumber = link.getText();
        link.click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        click(By.id("tab-negotiation"));

        // the bottom line first, then the buyer's demand and the buyer's lower second offer, which we accept
        type(By.cssSelector("#bottom-line-amount input"), "500");
        click(By.xpath("//vaadin-checkbox[normalize-space(.)='Partial refund']"));
        click(By.id("bottom-line-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bottom-line-summary"), "500"));
        type(By.cssSelector("#offer-amount input"), "700");
        click(By.id("offer-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-rounds"), "700"));
        type(By.cssSelector("#offer-amount input"), "480");
        click(By.id("offer-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-rounds"), "480"));
        // scrolled out of view inside the tab, so Selenium would call it invisible: ask the DOM instead
        waitFor().until(d -> d.findElement(By.id("settle-now")).getDomAttribute("hidden") == null);
        click(By.id("offer-accept"));
        // accepting prefilled the refund: 480 is above the agent limit of 200
        waitFor().until(d -> String.valueOf(d.findElement(By.cssSelector("#refund-amount input")).getDomProperty("value")).startsWith("480"));
        type(By.cssSelector("#refund-reason input"), " · six mugs broken in transit");
        click(By.id("refund-request"));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Awaiting approval"));
        screenshot("13-refund-requested");

        // another person, another browser session
        signOut();
        signIn("manager");
        driver.get(url("approvals"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-grid"), caseNumber));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='approval-verdict-']")));
        screenshot("14-approval-queue");
        // the only refund waiting in this journey's database
        click(By.cssSelector("vaadin-button[id^='approve-']"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision-comment textarea")))
                .sendKeys("Photos confirm the breakage");
        click(By.id("decision-confirm"));
        waitFor().until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-grid"), caseNumber)));

        // the agent learns of it in the bell, settles and closes the case
        signOut();
        signIn("agent");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-count")));
        click(By.id("notification-bell"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification-list"), caseNumber));
        screenshot("15-notification-approved");
        driver.get(url("cases/" + caseNumber));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Negotiating"));
        click(By.id("status-to-RESOLVED"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("settlement-save")));
        click(By.id("settlement-add-line"));
        chooseInSelect(By.id("cost-kind-1"), "Freight back");
        type(By.cssSelector("#cost-amount-1 input"), "35");
        click(By.id("settlement-save"));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Resolved"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("settlement-total")));
        screenshot("16-settled");
        click(By.id("closing-close"));
        // refused without a root cause: the case stays resolved
        waitFor().until(d -> d.findElement(By.id("closing-root-cause")).getDomAttribute("invalid") != null);
        chooseInSelect(By.id("closing-root-cause"), "Packaging");
        chooseInSelect(By.id("closing-responsibility"), "Seller");
        type(By.cssSelector("#closing-prevention-note textarea"), "Double-box mugs and add dividers");
        click(By.id("closing-close"));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Closed"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("closing-summary")));
        screenshot("17-closed");
    }

    @Test
    void a_lead_reviews_the_oldest_finished_case_and_an_agent_reads_the_checklist() {
        signIn("lead");
        driver.get(url("reviews"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-grid"), "CD-"));
        screenshot("18-review-queue");
        click(By.cssSelector("#review-grid a"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-figures")));
        screenshot("19-review-case");
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='Could be better']"));
        click(By.id("review-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-notification-card"),
                "Review saved"));

        signOut();
        signIn("agent");
        driver.get(url("prevention"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checklist .cd-lesson")));
        screenshot("20-prevention-checklist");
    }

    private static void type(By field, String text) {
        var element = waitFor().until(ExpectedConditions.presenceOfElementLocated(field));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.sendKeys(text);
    }

    /** Opens a vaadin-select and picks the visible item with this label. */
    private static void chooseInSelect(By select, String label) {
        click(select);
        waitFor().until(d -> {
            for (WebElement item : d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))) {
                if (item.isDisplayed()) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
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
