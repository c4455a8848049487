package com.claimdesk.refund.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.BottomLineForm;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.settings.ApprovalLevel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.EnumSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The refund form says, before it is sent, which approval the refund will need and why. */
class RefundPanelTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    RefundService refunds;

    /** A USD case of mine with a bottom line of USD 50 (the base currency is USD, the agent limit 200). */
    private long caseWithBottomLine() {
        var s = TestCases.aCase().buyer("Refund Form Buyer", "US", "en").orderValue("400.00", "USD")
                .subReason(SubReason.DAMAGED_IN_TRANSIT).openAndTake(complaints);
        var line = new BottomLineForm();
        line.setMaxAmount(new BigDecimal("50.00"));
        line.setAcceptable(EnumSet.of(Resolution.PARTIAL_REFUND, Resolution.FULL_REFUND));
        negotiation.setBottomLine(s.id(), line);
        navigate("cases/" + s.caseNumber());
        _get(TabSheet.class, t -> t.withId("case-tabs")).setSelectedTab(_get(Tab.class, t -> t.withId("tab-negotiation")));
        return s.id();
    }

    private static String approval() {
        var div = _get(Div.class, d -> d.withId("refund-approval"));
        return div.getText();
    }

    @Test
    void a_refund_at_the_agent_limit_but_beyond_the_bottom_line_says_before_sending_that_a_manager_must_approve() {
        login("agent");
        long caseId = caseWithBottomLine();
        var panel = _get(RefundPanel.class);

        TestFields.set(panel.amount, new BigDecimal("30.00"));
        assertThat(approval()).isEqualTo("Within the agent limit of USD 200.00: settled at once.");

        TestFields.set(panel.amount, new BigDecimal("200.00"));
        assertThat(approval()).isEqualTo("Needs a manager's approval: beyond the bottom line of USD 50.00"
                + " (within the agent limit of USD 200.00).");

        TestFields.set(panel.amount, new BigDecimal("250.00"));
        assertThat(approval()).isEqualTo("Needs a manager's approval: above the agent limit of USD 200.00."
                + " Also beyond the bottom line of USD 50.00.");

        TestFields.set(panel.amount, new BigDecimal("2500.00"));
        assertThat(approval()).startsWith("Needs a team lead's approval: above the manager limit of USD 2,000.00.");

        // the currency counts too: CNY 250 is USD 34.50 at the starting rate
        TestFields.set(panel.amount, new BigDecimal("250.00"));
        TestFields.set(panel.currency, "CNY");
        assertThat(approval()).isEqualTo("Within the agent limit of USD 200.00: settled at once. (= USD 34.50 today)");

        // what the form said is what the server decides
        TestFields.set(panel.currency, "USD");
        TestFields.set(panel.amount, new BigDecimal("200.00"));
        TestFields.set(panel.method, RefundMethod.PLATFORM_REFUND);
        TestFields.set(panel.reason, "Screen cracked, buyer keeps it");
        _click(_get(Button.class, b -> b.withId("refund-request")));
        var stored = refunds.forCase(caseId).getLast();
        assertThat(stored.requiredLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(stored.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(stored.beyondBottomLine()).isTrue();
    }

    @Autowired
    com.claimdesk.settings.TeamSettingsService settings;

    @Test
    void the_currencies_offered_are_those_the_team_can_convert() {
        login("agent");
        caseWithBottomLine();
        var panel = _get(RefundPanel.class);
        assertThat(panel.currency.offered()).isEqualTo(settings.currencies())
                // offered before from a list in the code; without a rate such a refund could never be judged
                .doesNotContain("SEK");
        assertThat(panel.currency.getValue()).isEqualTo("USD");
    }

    @Test
    void without_an_amount_the_form_says_nothing_about_approval() {
        login("agent");
        caseWithBottomLine();
        var panel = _get(RefundPanel.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, d -> d.withId("refund-approval")))
                .isEmpty();
        TestFields.set(panel.amount, new BigDecimal("30.00"));
        assertThat(_get(Div.class, d -> d.withId("refund-approval")).isVisible()).isTrue();
        panel.amount.clear();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, d -> d.withId("refund-approval")))
                .isEmpty();
    }
}
