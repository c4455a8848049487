package com.claimdesk.negotiation.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.base.Money;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.negotiation.GuidancePeers;
import com.claimdesk.negotiation.Resolution;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The settlement guidance on the negotiation tab, on 12 hand-computed peers ({@link GuidancePeers}, three copies). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegotiationGuidanceTest extends KaribuTest {

    @Autowired ComplaintService complaints;

    private GuidancePeers peers;

    @BeforeAll
    void twelvePeers() {
        peers = new GuidancePeers(ctx).seed(3);
    }

    private NegotiationPanel negotiationOfANewCase() {
        login("agent");
        String number = peers.details("150.00").open(complaints);
        navigate("cases/" + number);
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-negotiation")));
        return _get(NegotiationPanel.class);
    }

    @Test
    void the_tab_shows_the_peers_and_the_suggested_bottom_line_with_its_reasons() {
        var panel = negotiationOfANewCase();

        assertThat(_get(Paragraph.class, s -> s.withId("guidance-reasons")).getText()).isEqualTo(
                "12 similar cases: median 20 % of order value; those settled in the first round cost 10 %, "
                        + "those with 3+ rounds 45 %");
        assertThat(_get(Paragraph.class, s -> s.withId("guidance-suggested")).getText())
                .isEqualTo("Suggested bottom line: USD 30.00 (20 %)");
        assertThat(panel.guidancePart.getElement().getTextRecursively())
                .contains("same product, sub-reason, marketplace and order value band (12 cases")
                .contains("Partial refund 6 (50 %)")
                .contains("middle half 12.5–30 %")
                .contains("Buyer stayed a customer: 66.7 % (of 9 where recorded)")
                .contains("Chargebacks lost: 3 of 6");
    }

    @Test
    void taking_the_suggestion_fills_the_form_and_saving_it_records_that_it_was_followed() {
        var panel = negotiationOfANewCase();

        _click(panel.guidanceTake);
        assertThat(panel.bottomLineAmount.getValue()).isEqualByComparingTo("30.00");
        assertThat(panel.bottomLineResolutions.getValue()).as("given to a fifth or more of the peers")
                .containsExactlyInAnyOrder(Resolution.PARTIAL_REFUND, Resolution.EXPLANATION_ONLY,
                        Resolution.FULL_REFUND);
        _click(panel.bottomLineSave);

        var line = panel.current().bottomLine();
        assertThat(line.followedSuggestion()).isTrue();
        assertThat(line.suggested()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(panel.bottomLineSummary.getText()).endsWith("follows the suggestion");
    }

    @Test
    void changing_the_suggested_amount_records_that_it_was_not_followed() {
        var panel = negotiationOfANewCase();

        _click(panel.guidanceTake);
        TestFields.set(panel.bottomLineAmount, new BigDecimal("40.00"));
        TestFields.set(panel.bottomLineResolutions, Set.of(Resolution.PARTIAL_REFUND));
        _click(panel.bottomLineSave);

        assertThat(panel.current().bottomLine().followedSuggestion()).isFalse();
        assertThat(panel.bottomLineSummary.getText()).endsWith("the suggestion was USD 30.00");
    }

    @Test
    void the_guidance_speaks_chinese() {
        login("agent");
        String number = peers.details("150.00").open(complaints);
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("cases/" + number);
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-negotiation")));

        assertThat(_get(Paragraph.class, s -> s.withId("guidance-reasons")).getText())
                .isEqualTo("12 个类似案件：成本中位数为订单金额的 20%；首轮即和解的为 10%，经过 3 轮以上的为 45%");
        assertThat(_get(Paragraph.class, s -> s.withId("guidance-suggested")).getText()).isEqualTo("建议底线：USD 30.00 (20 %)");
    }
}
