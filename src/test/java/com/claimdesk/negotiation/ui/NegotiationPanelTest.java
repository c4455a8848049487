package com.claimdesk.negotiation.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ui.ComplaintForm;
import com.claimdesk.complaint.ui.NewComplaintViewTest;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.negotiation.Resolution;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NegotiationPanelTest extends KaribuTest {

    private NegotiationPanel openNegotiationOfANewCase() {
        login("agent");
        navigate("cases/new");
        NewComplaintViewTest.fillValid(_get(ComplaintForm.class)); // order value EUR 86.40
        _click(_get(Button.class, s -> s.withId("save-case")));
        assertThat(_find(NegotiationPanel.class)).as("loaded only when the tab is opened").isEmpty();
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-negotiation")));
        return _get(NegotiationPanel.class);
    }

    @Test
    void a_buyer_offer_within_the_bottom_line_says_settle_now_and_accepting_it_shows_it_accepted() {
        var panel = openNegotiationOfANewCase();
        assertThat(panel.settleNow.isVisible()).isFalse();
        assertThat(panel.bottomLineReason.isVisible()).as("no offers yet, no reason asked").isFalse();

        TestFields.set(panel.bottomLineAmount, new BigDecimal("30"));
        TestFields.set(panel.bottomLineResolutions, Set.of(Resolution.PARTIAL_REFUND, Resolution.COUPON));
        _click(panel.bottomLineSave);
        assertThat(panel.bottomLineSummary.getText()).startsWith("At most EUR 30.00 (34.7 %)");

        TestFields.set(panel.proposer, Proposer.BUYER);
        TestFields.set(panel.resolution, Resolution.PARTIAL_REFUND);
        TestFields.set(panel.amount, new BigDecimal("25"));
        TestFields.set(panel.note, "I would keep it for <b>25</b> back");
        _click(panel.offerSave);

        var banner = _get(Div.class, s -> s.withId("settle-now"));
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Acceptable: settle now");
        assertThat(panel.waitingTooLong.isVisible()).isFalse();
        var open = _get(panel.rounds, Div.class, s -> s.withClasses("cd-offer-open"));
        assertThat(_get(open, Span.class, s -> s.withClasses("cd-offer-amount")).getText()).isEqualTo("EUR 25.00 (28.9 %)");
        // what a user typed is shown as text
        assertThat(_get(open, Div.class, s -> s.withClasses("cd-offer-note")).getText()).contains("<b>25</b>");
        assertThat(panel.bottomLineReason.isVisible()).as("a change now needs a reason").isTrue();

        _click(_get(Button.class, s -> s.withId("offer-accept")));

        assertThat(panel.current().rounds().getFirst().answer()).isEqualTo(Answer.ACCEPTED);
        assertThat(_find(panel.rounds, Div.class, s -> s.withClasses("cd-offer-open"))).isEmpty();
        var round = _get(panel.rounds, Div.class, s -> s.withClasses("cd-offer-round"));
        assertThat(_get(round, Span.class, s -> s.withClasses("cd-offer-answer")).getText()).startsWith("Accepted");
        assertThat(banner.isVisible()).isFalse();
        assertThat(_find(Button.class, s -> s.withId("offer-accept"))).isEmpty();
    }

    @Test
    void our_offer_before_a_bottom_line_is_refused_with_a_reason() {
        var panel = openNegotiationOfANewCase();
        TestFields.set(panel.proposer, Proposer.US);
        assertThat(panel.proposedAt.isVisible()).as("our offers are stamped now").isFalse();
        TestFields.set(panel.amount, new BigDecimal("10"));
        _click(panel.offerSave);

        assertThat(panel.offerError.isVisible()).isTrue();
        assertThat(panel.offerError.getText()).isEqualTo("Decide the bottom line before we make an offer.");
        assertThat(_find(panel.rounds, Div.class, s -> s.withClasses("cd-offer-round"))).isEmpty();
    }
}
