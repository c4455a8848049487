package com.claimdesk.search.ui;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a real browser: an agent finds ranked, highlighted cases in English, narrows them by a facet, then
 * searches in Chinese; an admin rebuilds the index and watches its progress.
 */
class SearchJourneyE2ETest extends BrowserTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    UserService users;

    private String openWithBuyerMessage(Marketplace marketplace, String summary, String language, String body) {
        ComplaintDetails d = TestCases.aCase().marketplace(marketplace).build();
        d.setSummary(summary);
        String number = complaints.open(d);
        var m = new NewMessage();
        m.setKind(MessageKind.BUYER_MESSAGE);
        m.setChannel(MessageChannel.PLATFORM_MESSAGE);
        m.setLanguage(language);
        m.setBody(body);
        threads.add(complaints.get(number).id(), m, ZoneOffset.UTC);
        return number;
    }

    /** The index follows commits (and indexes the demo data at start) in the background: reload until it shows. */
    private void openUntilPresent(String location, By what) {
        new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.get(url(location));
            try {
                waitFor().withTimeout(Duration.ofSeconds(5))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("search-facets")));
            } catch (org.openqa.selenium.TimeoutException e) {
                return false;
            }
            return !d.findElements(what).isEmpty();
        });
    }

    @Test
    void an_agent_finds_cases_ranked_and_highlighted_in_english_and_chinese_and_an_admin_rebuilds_the_index() {
        TestUsers.login(users, "agent");
        String customs = openWithBuyerMessage(Marketplace.AMAZON, "Parcel held by customs in Rotterdam", "en",
                "Customs asks for the commercial invoice before they release the parcel.");
        String other = openWithBuyerMessage(Marketplace.ALIEXPRESS, "Late delivery", "en",
                "Tracking says customs clearance since last week.");
        String chinese = openWithBuyerMessage(Marketplace.ALIEXPRESS, "清关延误", "zh",
                "您好，我的货物被海关扣货了，已经两周了，请尽快处理。");
        TestUsers.logout();

        signIn("agent");
        // from the header's search box on the queue
        var box = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#header-search input")));
        box.sendKeys("customs", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("search?q=customs"));
        openUntilPresent("search?q=customs", By.id("hit-" + other));
        assertThat(driver.findElements(By.id("hit-" + customs))).isNotEmpty();

        List<WebElement> hits = driver.findElements(By.cssSelector(".cd-search-hit"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.indexOf(driver.findElement(By.id("hit-" + customs))))
                .as("customs in the summary and the message ranks above customs in a message only")
                .isLessThan(hits.indexOf(driver.findElement(By.id("hit-" + other))));
        List<WebElement> marks = driver.findElements(By.cssSelector("#hit-" + customs + " .cd-search-snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).extracting(WebElement::getText).allSatisfy(t -> assertThat(t).isEqualToIgnoringCase("customs"));
        assertThat(driver.findElement(By.id("search-total")).getText()).containsPattern("\\d+ cases? found");
        screenshot("40-search-en");

        click(By.id("facet-marketplace-AMAZON"));
        waitFor().until(ExpectedConditions.urlContains("marketplace=AMAZON"));
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("hit-" + other)));
        assertThat(driver.findElements(By.cssSelector(".cd-search-hit"))).isNotEmpty()
                .allSatisfy(h -> assertThat(h.getText()).contains("Amazon"));
        assertThat(driver.findElement(By.id("facet-marketplace-AMAZON")).getAttribute("aria-pressed")).isEqualTo("true");
        screenshot("40b-search-en-amazon");

        // a lesson a team lead drew from a case (the demo's packaging lesson) finds that case, its words marked
        openUntilPresent("search?q=corner+protectors", By.cssSelector(".cd-search-hit"));
        assertThat(driver.findElements(By.cssSelector(".cd-search-snippet mark"))).extracting(WebElement::getText)
                .contains("protectors");
        screenshot("40c-search-lesson");

        driver.get(url("search?q=customs"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("hit-" + customs)));
        // the case link opens the case
        click(By.cssSelector("#hit-" + customs + " a.cd-search-case"));
        waitFor().until(ExpectedConditions.urlContains("cases/" + customs));

        switchLanguage("Language", "lang-zh", "搜索");
        driver.get(url("search"));
        var field = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-text input")));
        field.sendKeys("海关", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("search?q="));
        openUntilPresent("search?q=%E6%B5%B7%E5%85%B3", By.id("hit-" + chinese));
        List<WebElement> zhMarks = driver.findElements(By.cssSelector("#hit-" + chinese + " .cd-search-snippet mark"));
        assertThat(zhMarks).extracting(WebElement::getText).contains("海关");
        assertThat(driver.findElement(By.id("search-total")).getText()).contains("找到");
        assertThat(driver.findElement(By.id("hit-" + chinese)).getText()).contains("速卖通");
        screenshot("41-search-zh");
        // remembered for the next sign-in; switch back so that other journeys see English
        switchLanguage("语言", "lang-en", "Search");

        driver.manage().deleteAllCookies();
        signIn("admin");
        driver.get(url("admin/search-index"));
        var rebuild = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("search-index-rebuild")));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> rebuild.getAttribute("disabled") == null);
        assertThat(driver.findElement(By.id("search-index-backend")).getText()).contains("Lucene");
        assertThat(driver.findElement(By.id("search-index-documents")).getText()).matches("[\\d,]+ of [\\d,]+ cases");
        screenshot("42-search-index-admin");
        click(By.id("search-index-rebuild"));
        click(By.id("search-index-rebuild-confirm"));
        // the demo's few hundred cases take about a second: the bar may be gone before a screenshot could catch it
        screenshot("42b-search-index-rebuilding");
        new WebDriverWait(driver, Duration.ofSeconds(180)).pollingEvery(Duration.ofMillis(100)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                        "Search index rebuilt"));
        screenshot("43-search-index-rebuilt");
        waitFor().until(d -> rebuild.getAttribute("disabled") == null);
        assertThat(driver.findElement(By.id("search-index-progress")).isDisplayed()).isFalse();
    }
}
