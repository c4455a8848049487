package com.claimdesk.workspace.ui;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the agent sees is what the server judges, in a real browser: a reply saved the instant the last placeholder
 * was typed over, hints that go as soon as they no longer apply, the delivery banner right after the delivered date
 * is saved. Run by {@code ./mvnw verify -Pe2e}; screenshots land in target/e2e-screenshots.
 */
class StaleScreensE2ETest extends BrowserTest {

    /** Not the demo agent the other journeys use: the new cases here must not become "my first new case" there. */
    private static final String AGENT = "agent3";

    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    Clock clock;
    @Autowired
    com.claimdesk.negotiation.NegotiationService negotiation;

    /** A case of the agent's own, opened through the service. */
    private String myCase(String buyer, LocalDate promisedDelivery) {
        return myCase(buyer, promisedDelivery, "EUR");
    }

    private String myCase(String buyer, LocalDate promisedDelivery, String currency) {
        TestUsers.login(users, AGENT);
        try {
            return TestCases.aCase().buyer(buyer, "DE", "en").orderValue("300.00", currency)
                    .subReason(SubReason.CUSTOMS_PAPERS_REQUIRED).marketplace(Marketplace.ALIBABA_TRADE_ASSURANCE)
                    .shipped(8, promisedDelivery).openAndTake(complaints).caseNumber();
        } finally {
            TestUsers.logout();
        }
    }

    private WebElement composeBody() {
        var body = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compose-body textarea")));
        js("arguments[0].scrollIntoView({block: 'center'})", body);
        return body;
    }

    private static boolean shown(String id) {
        return Boolean.TRUE.equals(js("const e = document.getElementById(arguments[0]);"
                + " return e != null && !e.hidden && e.offsetParent !== null && e.textContent.trim() !== ''", id));
    }

    @Test
    void a_reply_saved_the_instant_its_last_placeholder_is_typed_over_is_saved() {
        String number = myCase("Race Buyer", null);
        signIn(AGENT);
        driver.get(url("cases/" + number));
        var body = composeBody();
        body.click();
        body.sendKeys("Dear Race Buyer, your parcel waits at {customs.office}; please send us the papers.");
        // the hint names the open placeholder: the server has the text with it
        waitFor().until(d -> shown("compose-missing"));
        var save = driver.findElement(By.id("compose-save"));
        js("arguments[0].scrollIntoView({block: 'center'})", save);
        screenshot("race-01-placeholder-hint");

        // the agent types over the placeholder and saves at once, without waiting for anything
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Dear Race Buyer, your parcel waits at Hamburg customs;"
                + " please send us the papers.");
        save.click();

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"),
                "waits at Hamburg customs"));
        screenshot("race-02-saved-at-once");
        assertThat(shown("compose-error")).as("no refusal").isFalse();
        assertThat(shown("compose-missing")).as("no hint left").isFalse();
    }

    @Test
    void a_template_reply_saved_the_instant_its_placeholders_are_typed_over_is_saved() {
        String number = myCase("Template Buyer", null);
        signIn(AGENT);
        driver.get(url("cases/" + number));
        var template = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compose-template input")));
        js("arguments[0].scrollIntoView({block: 'center'})", template);
        template.click();
        template.sendKeys("Customs hold");
        waitFor().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).size() > 0);
        template.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        var body = composeBody();
        waitFor().until(d -> body.getDomProperty("value").contains("{customs.office}"));
        waitFor().until(d -> shown("compose-missing"));
        var save = driver.findElement(By.id("compose-save"));
        js("arguments[0].scrollIntoView({block: 'center'})", save);
        screenshot("race-03-template-inserted");

        // every open placeholder typed over, as an agent selects each and types, then Save at once
        js("arguments[0].focus()", body);
        while (true) {
            String text = body.getDomProperty("value");
            var open = java.util.regex.Pattern.compile("\\{[A-Za-z]+(\\.[A-Za-z]+)+}").matcher(text);
            if (!open.find()) {
                break;
            }
            js("arguments[0].setSelectionRange(arguments[1], arguments[2])", body, open.start(), open.end());
            body.sendKeys("Hamburg customs");
        }
        click(By.id("compose-save"));

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("first-response"), "First answer"));
        screenshot("race-04-template-saved-at-once");
        assertThat(shown("compose-error")).as("no refusal").isFalse();
    }

    @Test
    void save_judges_the_text_on_screen_even_when_it_changed_without_an_input_event() {
        String number = myCase("Screen Buyer", null);
        signIn(AGENT);
        driver.get(url("cases/" + number));
        var body = composeBody();
        body.click();
        body.sendKeys("Dear Screen Buyer, your parcel waits at {customs.office}.");
        waitFor().until(d -> shown("compose-missing"));
        // as a text expander or an input method may do it: the text changes, no input event tells the page
        js("const t = arguments[0]; t.value = t.value.replace('{customs.office}', 'Hamburg customs')", body);
        click(By.id("compose-save"));

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"),
                "waits at Hamburg customs."));
        assertThat(shown("compose-error")).as("no refusal").isFalse();
    }

    @Test
    void the_placeholder_hint_goes_while_the_agent_is_still_typing() throws InterruptedException {
        String number = myCase("Typing Buyer", null);
        signIn(AGENT);
        driver.get(url("cases/" + number));
        var body = composeBody();
        body.click();
        body.sendKeys("Your parcel waits at {customs.office}.");
        waitFor().until(d -> shown("compose-missing"));

        // the agent types the whole sentence again without a placeholder, without pausing
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        String sentence = "Your parcel waits at Hamburg customs, see you.";
        int goneAt = -1;
        for (int i = 0; i < sentence.length(); i++) {
            body.sendKeys(String.valueOf(sentence.charAt(i)));
            if (goneAt < 0 && !shown("compose-missing")) {
                goneAt = i;
            }
            Thread.sleep(60);
        }
        assertThat(goneAt).as("the hint went while typing, before the last key").isBetween(0, sentence.length() - 2);
    }

    @Test
    void the_refusal_goes_when_the_reply_becomes_a_note_or_the_placeholder_is_filled_in() {
        String number = myCase("Hint Buyer", null);
        signIn(AGENT);
        driver.get(url("cases/" + number));
        var body = composeBody();
        body.click();
        body.sendKeys("Your parcel waits at {customs.office}.");
        waitFor().until(d -> shown("compose-missing"));
        click(By.id("compose-save"));
        waitFor().until(d -> shown("compose-error"));
        assertThat(driver.findElement(By.id("compose-error")).getText()).contains("{customs.office}");
        screenshot("hint-01-refused");

        // a note may keep placeholders: neither the hint nor the refusal applies any more
        click(By.xpath("//vaadin-radio-group[@id='compose-kind']//vaadin-radio-button[contains(., 'Internal note')]"));
        waitFor().until(d -> !shown("compose-missing") && !shown("compose-error"));
        screenshot("hint-02-note-keeps-placeholders");

        click(By.xpath("//vaadin-radio-group[@id='compose-kind']//vaadin-radio-button[contains(., 'Reply to buyer')]"));
        waitFor().until(d -> shown("compose-missing"));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Your parcel waits at Hamburg customs.");
        waitFor().until(d -> !shown("compose-missing") && !shown("compose-error"));
        screenshot("hint-03-filled-in");
    }

    private void typeDate(String fieldId, LocalDate day) {
        var input = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy").format(day), Keys.ENTER);
    }

    @Test
    void the_delivery_banner_goes_right_after_the_delivered_date_is_saved() {
        String number = myCase("Banner Buyer", LocalDate.now(clock).plusDays(1));
        signIn(AGENT);
        driver.get(url("cases/" + number));
        waitFor().until(d -> shown("prevention-banner"));
        screenshot("banner-01-extend-the-date");

        click(By.id("tab-details"));
        // the platform's date was corrected: typed, then straight to Save
        LocalDate corrected = LocalDate.now(clock).plusDays(2);
        typeDate("field-promisedDeliveryOn", corrected);
        click(By.id("save-case"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prevention-banner"),
                com.claimdesk.base.ui.Formats.date(corrected)));
        js("window.scrollTo(0, 0)");
        screenshot("banner-02-corrected-date");

        typeDate("field-deliveredOn", LocalDate.now(clock));
        click(By.id("save-case"));
        waitFor().until(d -> !shown("prevention-banner"));
        js("window.scrollTo(0, 0)");
        screenshot("banner-03-gone-after-delivery");
    }

    @Test
    void the_queue_flags_a_case_whose_delivery_date_must_be_extended_on_the_platform() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        myCase("Flag Buyer " + marker, LocalDate.now(clock).plusDays(1));
        myCase("Flag Buyer " + marker, LocalDate.now(clock).plusDays(20));
        signIn(AGENT);
        driver.get(url("cases?q=" + marker));
        var flag = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-grid .cd-flag-extend-date:not([hidden])")));
        assertThat(flag.getText()).isEqualTo("Extend date");
        assertThat(flag.getDomAttribute("title")).startsWith("The promised delivery date is near");
        assertThat(flag.getDomAttribute("aria-label")).isEqualTo(flag.getDomAttribute("title"));
        assertThat(driver.findElements(By.cssSelector("vaadin-grid .cd-flag-extend-date:not([hidden])"))).hasSize(1);
        // marks that do not apply take no room
        assertThat((Long) js("return Array.from(document.querySelectorAll('vaadin-grid [hidden]'))"
                + ".filter(e => e.offsetWidth > 0).length")).isZero();
        screenshot("queue-01-extend-date-flag");
    }

    @Test
    void the_refund_form_says_before_sending_that_a_refund_beyond_the_bottom_line_needs_a_manager() {
        String number = myCase("Refund Buyer", null, "USD");
        TestUsers.login(users, AGENT);
        try {
            var line = new com.claimdesk.negotiation.BottomLineForm();
            line.setMaxAmount(new java.math.BigDecimal("50.00"));
            line.setAcceptable(java.util.EnumSet.of(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND));
            negotiation.setBottomLine(complaints.get(number).id(), line);
        } finally {
            TestUsers.logout();
        }
        signIn(AGENT);
        driver.get(url("cases/" + number));
        click(By.id("tab-negotiation"));
        var amount = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#refund-amount input")));
        js("arguments[0].scrollIntoView({block: 'center'})", amount);
        amount.click();
        amount.sendKeys("30");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("refund-approval"),
                "Within the agent limit of USD 200.00: settled at once."));
        js("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("refund-approval")));
        screenshot("refund-01-within-the-limit");
        // exactly the agent limit, but beyond the bottom line: said while typing, before the button
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "200");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("refund-approval"),
                "Needs a manager's approval: beyond the bottom line of USD 50.00"));
        js("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("refund-approval")));
        screenshot("refund-02-beyond-the-bottom-line");
    }
}
