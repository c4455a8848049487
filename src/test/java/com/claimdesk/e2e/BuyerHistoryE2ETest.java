package com.claimdesk.e2e;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent sees on a case that its buyer claimed twice before under the same Amazon account (once under another
 * name), follows a link to one of those cases, and reads the same card in Chinese.
 */
class BuyerHistoryE2ETest extends BrowserTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;

    @Test
    void an_agent_sees_a_frequent_claimant_and_opens_their_earlier_case_in_english_and_in_chinese() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String account = "A" + suffix.toUpperCase(Locale.ROOT) + "E2E";
        String first;
        String second;
        String third;
        TestUsers.login(users, "agent");
        try {
            first = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer("Jane Roe " + suffix, "GB", "en")
                    .buyerAccount(account).open(complaints);
            second = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer("J. Roe " + suffix, "GB", "en")
                    .buyerAccount(account).open(complaints);
            third = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer("Jane Roe " + suffix, "GB", "en")
                    .buyerAccount(account).open(complaints);
        } finally {
            TestUsers.logout();
        }

        signIn("agent");
        driver.get(url("cases/" + third));
        WebElement card = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("buyer-history")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", card);
        assertThat(driver.findElement(By.id("buyer-history-warning")).getText())
                .startsWith("Frequent claimant: 3 claims in the last 365 days");
        assertThat(driver.findElement(By.id("buyer-history-summary")).getText()).startsWith("2 other cases");
        assertThat(driver.findElement(By.id("frequent-claimant")).getText()).isEqualTo("Frequent claimant · 3 claims in 365 days");
        List<String> links = card.findElements(By.tagName("a")).stream().map(a -> a.getText().split(" · ")[0]).toList();
        assertThat(links).containsExactly(second, first);
        screenshot("buyer-history-1-en");

        card.findElement(By.partialLinkText(first)).click();
        waitFor().until(ExpectedConditions.urlContains("cases/" + first));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), first));
        waitFor().until(d -> d.findElement(By.id("buyer-history")).getText().contains(third));

        switchLanguage("Language", "lang-zh", "工单队列");
        try {
            driver.get(url("cases/" + third));
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("buyer-history"), "买家历史"));
            assertThat(driver.findElement(By.id("buyer-history-warning")).getText()).startsWith("频繁索赔买家");
            assertThat(driver.findElement(By.id("buyer-history-summary")).getText()).startsWith("其他案件 2 个");
            assertThat(driver.findElement(By.id("frequent-claimant")).getText()).isEqualTo("频繁索赔 · 365 天内 3 次");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                    driver.findElement(By.id("buyer-history")));
            screenshot("buyer-history-2-zh");
        } finally {
            // remembered for the next sign-in: back to English for the other journeys
            switchLanguage("语言", "lang-en", "Queue");
        }
    }
}
