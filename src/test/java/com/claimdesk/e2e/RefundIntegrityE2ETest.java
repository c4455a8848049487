package com.claimdesk.e2e;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund typed into the settlement ledger waits for approval like any other, and an approver who confirms a
 * request changed meanwhile is shown the new amount instead of approving it (docs/decisions/070-refund-integrity.md).
 * Leaves nothing waiting, so the other journeys find the approval queue as they expect it.
 */
class RefundIntegrityE2ETest extends BrowserTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    RefundService refunds;
    @Autowired
    UserService users;

    @Test
    void a_ledger_refund_waits_for_a_lead_who_is_shown_the_changed_amount_before_approving_it() {
        TestUsers.login(users, "agent");
        String caseNumber = TestCases.aCase().buyer("Sofia Marino", "IT", "it").orderValue("6000.00", "EUR")
                .open(complaints);
        long caseId = complaints.get(caseNumber).id();
        TestUsers.logout();

        // the agent types the refund straight into the ledger: the form says it needs a lead before saving
        signIn("agent");
        driver.get(url("cases/" + caseNumber));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        click(By.id("status-to-RESOLVED"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("settlement-save")));
        chooseInSelect(By.id("settlement-resolution"), "Full refund");
        click(By.id("settlement-add-line"));
        chooseInSelect(By.id("cost-kind-0"), "Refund");
        type(By.cssSelector("#cost-amount-0 input"), "5000");
        type(By.cssSelector("#cost-note-0 input"), "Whole lot broken in transit");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cost-refund-hint-0"), "Team lead"));
        waitFor().until(ExpectedConditions.textToBe(By.id("settlement-save"), "Ask for approval of the refund"));
        screenshot("30-ledger-refund-needs-approval");
        click(By.id("settlement-save"));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Awaiting approval"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cost-line-0"),
                "refund request waiting for approval"));
        // nothing to save while it waits: the button says so by being off, the note by its words
        waitFor().until(d -> d.findElement(By.id("settlement-save")).getDomAttribute("disabled") != null);
        js("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("settlement-approval-note")));
        screenshot("31-ledger-refund-asked");
        var asked = theRefund(caseId);
        assertThat(asked.status()).isEqualTo(RefundStatus.PENDING);

        // the lead opens the approval of EUR 5,000; meanwhile the agent lowers it to 4,000
        signOut();
        signIn("lead");
        driver.get(url("approvals"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-grid"), caseNumber));
        click(By.id("approve-" + asked.id()));
        WebElement comment = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#decision-comment textarea")));
        comment.sendKeys("Carrier confirms the loss");
        TestUsers.login(users, "agent");
        refunds.edit(asked.id(), asked.version(), lowered("4000.00"));
        TestUsers.logout();
        click(By.id("decision-confirm"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-changed")));
        assertThat(driver.findElement(By.id("decision-changed")).getText()).contains("EUR 4,000.00")
                .contains("EUR 5,000.00");
        screenshot("32-approval-shows-the-changed-amount");
        click(By.id("decision-confirm"));
        waitFor().until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-grid"), caseNumber)));
        assertThat(theRefund(caseId).status()).isEqualTo(RefundStatus.APPROVED);

        // approved: the agent's settlement now takes the approved 4,000 and resolves the case
        signOut();
        signIn("agent");
        driver.get(url("cases/" + caseNumber));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Negotiating"));
        click(By.id("status-to-RESOLVED"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cost-line-0"), "approved refund"));
        chooseInSelect(By.id("settlement-resolution"), "Full refund");
        click(By.id("settlement-save"));
        waitFor().until(ExpectedConditions.textToBe(By.id("case-status"), "Resolved"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("settlement-total"), "4,320.00"));
        screenshot("33-ledger-refund-settled");
    }

    /** The case's only refund, read as its agent (the service serves signed-in users). */
    private com.claimdesk.refund.RefundSummary theRefund(long caseId) {
        TestUsers.login(users, "agent");
        try {
            return refunds.forCase(caseId).getFirst();
        } finally {
            TestUsers.logout();
        }
    }

    private static NewRefund lowered(String amount) {
        var r = new NewRefund();
        r.setAmount(new BigDecimal(amount));
        r.setCurrency("EUR");
        r.setMethod(RefundMethod.PLATFORM_REFUND);
        r.setReason("Whole lot broken in transit; buyer keeps the packaging");
        return r;
    }

    private static void type(By field, String text) {
        var element = waitFor().until(ExpectedConditions.presenceOfElementLocated(field));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.sendKeys(text);
    }

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
}
