package com.claimdesk.buyer.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.ui.ComplaintForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The buyer's history card on the case page. */
class BuyerHistoryPanelTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;

    private final String name = "Panel " + UUID.randomUUID().toString().substring(0, 8);

    private static String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    @Test
    void a_buyer_with_three_claims_this_year_is_flagged_and_their_other_cases_link_to_their_pages() {
        login("agent");
        String first = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "GB", "en").open(complaints);
        String second = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "GB", "en").open(complaints);
        String third = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "GB", "en").open(complaints);

        navigate("cases/" + third);

        var card = _get(Div.class, spec -> spec.withId("buyer-history"));
        assertThat(text(_get(card, Div.class, spec -> spec.withId("buyer-history-summary"))))
                .startsWith("2 other cases (2 still open)").contains("settlements cost USD 0.00");
        assertThat(text(_get(card, Div.class, spec -> spec.withId("buyer-history-warning"))))
                .startsWith("Frequent claimant: 3 claims in the last 365 days");
        assertThat(_find(card, Anchor.class)).extracting(a -> a.getText().split(" · ")[0]).containsExactly(second, first);
        assertThat(_find(card, Anchor.class).getFirst().getText()).endsWith(" · Amazon · Damaged in transit · New · not settled");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("frequent-claimant")).getText())
                .as("on the facts line too").isEqualTo("Frequent claimant · 3 claims in 365 days");
        assertThat(_find(card, Anchor.class).getFirst().getHref()).isEqualTo("cases/" + second);
    }

    @Test
    void a_first_time_buyer_has_no_warning_and_an_account_typed_in_later_finds_the_buyer_under_another_name() {
        login("agent");
        String account = "A" + UUID.randomUUID().toString().substring(0, 10).toUpperCase(java.util.Locale.ROOT);
        String before = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer("Old " + name, "US", "en")
                .buyerAccount(account).open(complaints);
        String now = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "US", "en").open(complaints);
        navigate("cases/" + now);
        assertThat(text(_get(Div.class, spec -> spec.withId("buyer-history-summary"))))
                .isEqualTo("No other cases of this buyer.");
        assertThat(_find(Div.class, spec -> spec.withId("buyer-history-warning"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("frequent-claimant")))
                .as("no visible flag").isEmpty();

        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-details")));
        var form = _get(ComplaintForm.class);
        TestFields.set(form.buyerAccount, " " + account + " ");
        _click(_get(Button.class, spec -> spec.withId("save-case")));

        assertThat(complaints.get(now).details().getBuyer().buyerAccount()).as("stored stripped").isEqualTo(account);
        var card = _get(Div.class, spec -> spec.withId("buyer-history"));
        assertThat(_find(card, Anchor.class)).extracting(a -> a.getText().split(" · ")[0]).containsExactly(before);
    }

    @Test
    void an_account_id_with_characters_no_marketplace_uses_is_refused_in_the_form() {
        login("agent");
        String now = TestCases.aCase().buyer(name, "US", "en").open(complaints);
        navigate("cases/" + now);
        _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-details")));
        var form = _get(ComplaintForm.class);
        TestFields.set(form.buyerAccount, "<script>");
        _click(_get(Button.class, spec -> spec.withId("save-case")));

        assertThat(form.buyerAccount.isInvalid()).isTrue();
        assertThat(form.buyerAccount.getErrorMessage()).startsWith("Use the buyer's account ID as the marketplace shows it");
        assertThat(complaints.get(now).details().getBuyer().buyerAccount()).isNull();
    }
}
