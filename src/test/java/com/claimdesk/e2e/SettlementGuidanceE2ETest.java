package com.claimdesk.e2e;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.negotiation.GuidanceService;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.settings.ApprovalLevel;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlement guidance in the browser, on the demo data: an agent sees what similar finished cases cost on the
 * negotiation tab, takes the suggestion and saves the bottom line (in English, then in Chinese on another case);
 * the approver sees the guidance beside the refund waiting for approval.
 */
class SettlementGuidanceE2ETest extends BrowserTest {

    @Autowired ComplaintService complaints;
    @Autowired NegotiationService negotiation;
    @Autowired GuidanceService guidance;
    @Autowired RefundService refunds;
    @Autowired UserService users;

    /**
     * Two of the agent's open demo cases in USD with no bottom line yet and a suggestion below the order value (so
     * that a full refund goes beyond the bottom line taken and waits for an approver).
     */
    private List<ComplaintListItem> casesWithASuggestion() {
        TestUsers.login(users, "agent");
        try {
            List<ComplaintListItem> found = new ArrayList<>();
            // from the end of the queue: the other journeys work on its first cases, and must find them untouched
            var queue = new ArrayList<>(complaints.queue(QueueFilter.myOpenCases(), null, 0, 100));
            java.util.Collections.reverse(queue);
            for (var item : queue) {
                var c = complaints.get(item.caseNumber());
                if ("USD".equals(c.details().getOrderCurrency()) && negotiation.bottomLine(c.id()).isEmpty()
                        && guidance.forCase(c.id()).filter(g -> g.suggested() != null
                        && g.suggested().amount().compareTo(c.details().getOrderValue()) < 0).isPresent()) {
                    found.add(item);
                    if (found.size() == 2) {
                        break;
                    }
                }
            }
            return found;
        } finally {
            TestUsers.logout();
        }
    }

    private void takeTheSuggestion(String caseNumber, String similar, String followed, String shot) {
        driver.get(url("cases/" + caseNumber));
        click(By.id("tab-negotiation"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("guidance-reasons"), similar));
        screenshot(shot + "-guidance");
        click(By.id("guidance-take"));
        waitUntilVaadinIsIdle();
        click(By.id("bottom-line-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bottom-line-summary"), followed));
        screenshot(shot + "-bottom-line-saved");
    }

    @Test
    void an_agent_takes_the_suggested_bottom_line_in_english_and_chinese_and_an_approver_sees_the_guidance() {
        var candidates = casesWithASuggestion();
        assertThat(candidates).as("the demo data gives the agent's open cases enough finished peers").hasSize(2);
        String english = candidates.get(0).caseNumber();
        String chinese = candidates.get(1).caseNumber();

        signIn("agent");
        takeTheSuggestion(english, "similar cases: median", "follows the suggestion", "30-en");
        switchLanguage("Language", "lang-zh", "工单队列");
        takeTheSuggestion(chinese, "个类似案件：成本中位数", "采用了建议", "31-zh");
        // remembered for the next sign-in; back to English for the other journeys
        switchLanguage("语言", "lang-en", "Queue");

        TestUsers.login(users, "agent");
        long id = complaints.get(english).id();
        assertThat(negotiation.bottomLine(id).orElseThrow().followedSuggestion()).isTrue();
        assertThat(negotiation.bottomLine(complaints.get(chinese).id()).orElseThrow().followedSuggestion()).isTrue();
        // a full refund on the first case: beyond its bottom line, so it waits for a manager whatever the amount
        var refund = new NewRefund();
        refund.setAmount(complaints.get(english).details().getOrderValue());
        refund.setCurrency("USD");
        refund.setMethod(RefundMethod.PAYPAL);
        refund.setReason("Guidance journey refund");
        var request = refunds.request(id, refund);
        TestUsers.logout();

        assertThat(request.status()).as("beyond the bottom line: it waits").isEqualTo(RefundStatus.PENDING);

        signOut();
        // the manager, or the team lead when the amount is above the manager limit
        signIn(request.requiredLevel() == ApprovalLevel.LEAD ? "lead" : "manager");
        driver.get(url("approvals"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Guidance journey refund')]")));
        waitUntilVaadinIsIdle();
        // the oldest request shows its details at once; another one opens them with a click on its row
        if (driver.findElements(By.id("guidance-reasons-" + request.id())).isEmpty()) {
            js("arguments[0].click()", driver.findElement(
                    By.xpath("//vaadin-grid-cell-content[contains(., 'Guidance journey refund')]")));
        }
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("guidance-reasons-" + request.id()),
                "similar cases"));
        screenshot("32-en-approval-guidance");

        // leaves the approval queue as it found it for the other journeys
        TestUsers.login(users, request.requiredLevel() == ApprovalLevel.LEAD ? "lead" : "manager");
        refunds.reject(request.id(), request.version(), "Journey done");
        TestUsers.logout();
    }
}
