package com.claimdesk.e2e;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.SavedFilterService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's queue in a real browser, in English and in Chinese: select cases with the grid's checkboxes, assign them
 * to me in one step and read the summary (one case was changed by a colleague meanwhile and is refused); save the
 * filter as a view, see it with its count in the side menu, open it.
 */
class QueueBulkAndViewsE2ETest extends BrowserTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    SavedFilterService views;

    /** The texts the journey expects, per language. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("two", "2 selected (at most 200)", "three", "3 selected (at most 200)",
                    "me", "Me", "summary", "2 changed, 1 refused", "stale", "changed by someone else meanwhile",
                    "menu", "Saved views"),
            "zh", Map.of("two", "已选 2 条（最多 200 条）", "three", "已选 3 条（最多 200 条）",
                    "me", "我", "summary", "已修改 2 条，被拒绝 1 条", "stale", "期间已被他人修改",
                    "menu", "已保存的视图"));

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"en, agent", "zh, agent3"})
    void an_agent_assigns_selected_cases_in_one_step_and_opens_a_saved_view_from_the_menu(String lang, String user) {
        var t = TEXTS.get(lang);
        String marker = "E2E" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.login(users, user);
        List<String> cases = List.of(
                TestCases.aCase().buyerName("Buyer " + marker).open(complaints),
                TestCases.aCase().buyerName("Buyer " + marker).open(complaints),
                TestCases.aCase().buyerName("Buyer " + marker).open(complaints));
        TestUsers.logout();
        try {
            signIn(user);
            if (lang.equals("zh")) {
                switchToChinese();
            }
            driver.get(url("cases?status=all&assignee=anyone&q=" + marker));
            waitFor().until(d -> rowCheckboxes().size() == 3);
            waitUntilVaadinIsIdle();

            rowCheckboxes().get(0).click();
            rowCheckboxes().get(1).click();
            waitFor().until(ExpectedConditions.textToBe(By.id("bulk-count"), t.get("two")));
            click(By.id("bulk-select-first"));
            waitFor().until(ExpectedConditions.textToBe(By.id("bulk-count"), t.get("three")));
            screenshot("q16-" + lang + "-1-selected");

            // a colleague changes the third case while the page shows it
            TestUsers.login(users, "agent2");
            complaints.changeStatus(cases.get(2), complaints.get(cases.get(2)).version(), ComplaintStatus.INVESTIGATING);
            TestUsers.logout();

            click(By.id("bulk-assign"));
            var to = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#bulk-assign-to input")));
            to.sendKeys(t.get("me"));
            waitUntilVaadinIsIdle();
            to.sendKeys(Keys.ENTER);
            screenshot("q16-" + lang + "-2-assign-dialog");
            click(By.id("bulk-apply"));
            var headline = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-summary-headline")));
            assertThat(headline.getText()).isEqualTo(t.get("summary"));
            assertThat(driver.findElement(By.id("bulk-summary-refused")).getText())
                    .isEqualTo(cases.get(2) + ": " + t.get("stale"));
            screenshot("q16-" + lang + "-3-summary");
            click(By.id("bulk-summary-close"));
            waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("bulk-summary-headline")));

            // save the filter as a view: it is in the menu with its count, and opens the queue filtered
            String name = "Mine " + marker;
            click(By.id("save-view"));
            var field = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#saved-view-name input")));
            field.sendKeys(name);
            click(By.id("saved-view-save"));
            By entry = By.xpath("//vaadin-side-nav-item[contains(., '" + name + "')]");
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(entry, "3"));
            assertThat(driver.findElement(By.id("saved-views")).getText()).contains(t.get("menu"));

            driver.get(url("cases"));
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("queue-grid")));
            waitUntilVaadinIsIdle();
            click(entry);
            waitFor().until(ExpectedConditions.urlContains("q=" + marker));
            waitFor().until(d -> rowCheckboxes().size() == 3);
            screenshot("q16-" + lang + "-4-saved-view-opened");
        } finally {
            TestUsers.login(users, user);
            views.visible().stream().filter(v -> v.name().contains(marker)).forEach(v -> views.delete(v.id()));
            users.setOwnLocale(Locale.ENGLISH);
            TestUsers.logout();
        }
    }

    /** The row checkboxes of the grid's selection column (its header has none: the queue is never counted). */
    private static List<WebElement> rowCheckboxes() {
        return driver.findElements(By.cssSelector("#queue-grid vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private static void switchToChinese() {
        click(By.id("user-menu"));
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Language')]"))).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("lang-zh"))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "队列"));
    }
}
