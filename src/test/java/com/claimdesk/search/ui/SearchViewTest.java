package com.claimdesk.search.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.search.CaseSearch;
import com.claimdesk.search.SearchThresholds;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SearchViewTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    CaseSearch search;

    /** A word no other case has, so that demo cases never get in the way. */
    private final String run = "zq" + java.util.concurrent.ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "w";

    @BeforeEach
    void signIn() {
        login("agent");
    }

    private String open(Marketplace marketplace, String summary) {
        ComplaintDetails d = TestCases.aCase().marketplace(marketplace).build();
        d.setSummary(summary);
        return complaints.open(d);
    }

    private void buyerSays(String caseNumber, String body) {
        var m = new NewMessage();
        m.setKind(MessageKind.BUYER_MESSAGE);
        m.setChannel(MessageChannel.PLATFORM_MESSAGE);
        m.setLanguage("en");
        m.setBody(body);
        threads.add(complaints.get(caseNumber).id(), m, ZoneOffset.UTC);
    }

    /** Opens the address until the page shows {@code count} hits: the index follows commits on its own thread. */
    private void openUntilHits(String location, int count) {
        await().pollInSameThread().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).until(() -> {
            navigate(location);
            return hitCards().size() == count;
        });
    }

    private static List<SearchHitCard> hitCards() {
        return _find(SearchHitCard.class);
    }

    private static List<Span> snippets(SearchHitCard card) {
        return _find(card, Span.class, s -> s.withClasses("cd-search-snippet"));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, s -> s.withId(id)).getElement().getText();
    }

    @Test
    void an_agent_sees_ranked_hits_with_the_words_marked_and_narrows_them_by_a_facet() {
        String amazon = open(Marketplace.AMAZON, "Parcel damaged " + run);
        String aliexpress = open(Marketplace.ALIEXPRESS, "Wrong colour");
        buyerSays(aliexpress, "The box arrived damaged and wet, " + run + " again.");

        openUntilHits("search?q=damaged%20" + run, 2);

        assertThat(text("search-total")).isEqualTo("2 cases found");
        assertThat(hitCards()).extracting(c -> c.getId().orElseThrow())
                .as("a match in the summary ranks above one in a message")
                .containsExactly("hit-" + amazon, "hit-" + aliexpress);
        SearchHitCard first = hitCards().getFirst();
        assertThat(_get(first, Anchor.class, s -> s.withText(amazon)).getHref()).isEqualTo("cases/" + amazon);
        assertThat(first.getElement().getTextRecursively()).contains("Amazon", "New");
        assertThat(snippets(first)).anySatisfy(s -> assertThat(s.getElement().getProperty("innerHTML"))
                .contains("<mark>damaged</mark>").contains("<mark>" + run + "</mark>"));

        _click(_get(Button.class, s -> s.withId("facet-marketplace-AMAZON")));

        var view = _get(SearchView.class);
        assertThat(view.state().marketplaces()).containsExactly(Marketplace.AMAZON);
        assertThat(view.state().toQueryParameters().getQueryString()).contains("marketplace=AMAZON");
        assertThat(hitCards()).extracting(c -> c.getId().orElseThrow()).containsExactly("hit-" + amazon);
        assertThat(text("search-total")).isEqualTo("1 case found");
        assertThat(_get(Button.class, s -> s.withId("facet-marketplace-ALIEXPRESS")).getElement().getTextRecursively())
                .as("the other marketplaces stay on offer with what they would add").contains("AliExpress", "1");
        assertThat(_get(Button.class, s -> s.withId("facet-marketplace-AMAZON")).getElement()
                .getAttribute("aria-pressed")).isEqualTo("true");

        _click(_get(Button.class, s -> s.withId("facet-marketplace-AMAZON")));
        assertThat(hitCards()).hasSize(2);
    }

    @Test
    void beyond_the_counted_matches_the_page_shows_a_lower_bound_and_the_facets_without_counts() {
        for (int i = 0; i < 52; i++) {
            open(i < 26 ? Marketplace.AMAZON : Marketplace.OWN_SHOP, "Parcel lost " + run);
        }
        long before = SearchThresholds.countExactlyUpTo(search, 50);
        try {
            openUntilHits("search?q=" + run, 50);
            assertThat(text("search-total")).isEqualTo("The best 50 of 50+ cases found");
            assertThat(text("search-facets-uncounted")).isEqualTo("Too many matches to count: narrow the search to see counts.");
            assertThat(_find(Span.class, s -> s.withClasses("cd-search-facet-count"))).isEmpty();
            assertThat(_get(Button.class, s -> s.withId("facet-marketplace-ALIEXPRESS")).getElement()
                    .getTextRecursively()).as("every value is still on offer").isEqualTo("AliExpress");

            _click(_get(Button.class, s -> s.withId("facet-marketplace-AMAZON")));

            assertThat(text("search-total")).as("narrowed to 26: counted").isEqualTo("26 cases found");
            assertThat(_get(Button.class, s -> s.withId("facet-status-NEW")).getElement().getTextRecursively())
                    .contains("26");
            assertThat(_get(Button.class, s -> s.withId("facet-marketplace-OWN_SHOP")).getElement()
                    .getTextRecursively()).as("the marketplaces' counts would need all 52 again: same rule")
                    .isEqualTo("Own shop");
            assertThat(_find(Span.class, s -> s.withId("search-facets-uncounted"))).hasSize(1);

            UI.getCurrent().getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
            navigate("search?q=" + run);
            assertThat(text("search-total")).isEqualTo("找到 50+ 个工单，显示最相关的 50 个");
        } finally {
            SearchThresholds.countExactlyUpTo(search, before);
        }
    }

    @Test
    void a_script_in_a_buyer_message_is_shown_as_text() {
        String number = open(Marketplace.AMAZON, "Refund asked");
        buyerSays(number, "<script>alert('x')</script> <img src=x onerror=alert(1)> " + run);

        openUntilHits("search?q=" + run, 1);

        assertThat(snippets(hitCards().getFirst())).anySatisfy(s -> assertThat(s.getElement().getProperty("innerHTML"))
                .contains("&lt;script&gt;", "<mark>" + run + "</mark>")
                .doesNotContain("<script", "<img"));
    }

    @Test
    void a_snippet_with_any_tag_but_mark_is_rendered_as_plain_text() {
        Span safe = SnippetHtml.render("a &lt;b&gt; <mark>word</mark>");
        assertThat(safe.getElement().getProperty("innerHTML")).isEqualTo("a &lt;b&gt; <mark>word</mark>");

        Span unsafe = SnippetHtml.render("<mark>word</mark> <img src=x onerror=alert(1)> &amp;");
        assertThat(unsafe.getElement().getProperty("innerHTML")).isNull();
        assertThat(unsafe.getText()).isEqualTo("word <img src=x onerror=alert(1)> &");
        assertThat(SnippetHtml.onlyMarks("<MARK>x</MARK>")).isFalse();
        assertThat(SnippetHtml.onlyMarks("<mark class=x>x</mark>")).isFalse();
    }

    @Test
    void the_search_lives_in_the_address_and_unknown_values_are_dropped() {
        navigate("search?q=" + run + "&status=NEW,bogus&marketplace=amazon&category=QUALITY");

        var state = _get(SearchView.class).state();
        assertThat(state.text()).isEqualTo(run);
        assertThat(state.statuses()).containsExactly(ComplaintStatus.NEW);
        assertThat(state.marketplaces()).containsExactly(Marketplace.AMAZON);
        assertThat(state.categories()).hasSize(1);
        assertThat(_get(TextField.class, s -> s.withId("search-text")).getValue()).isEqualTo(run);
        assertThat(state.toQueryParameters().getQueryString().split("&"))
                .containsExactlyInAnyOrder("q=" + run, "status=NEW", "marketplace=AMAZON", "category=QUALITY");
        assertThat(SearchUrl.parse(state.toQueryParameters())).isEqualTo(state);
    }

    @Test
    void without_words_the_page_says_how_to_search_and_with_no_match_says_so() {
        navigate("search");
        assertThat(_get(Div.class, s -> s.withId("search-message")).getElement().getTextRecursively())
                .startsWith("Search every case");
        assertThat(hitCards()).isEmpty();

        navigate("search?q=" + run + "nothing");
        assertThat(_get(Div.class, s -> s.withId("search-message")).getElement().getTextRecursively())
                .contains("No case matches “" + run + "nothing”.");

        navigate("search?q=" + run + "nothing&status=CLOSED");
        _click(_get(Button.class, s -> s.withId("search-clear-filters")));
        assertThat(_get(SearchView.class).state().narrowed()).isFalse();
    }

    @Test
    void the_page_speaks_chinese() {
        UI.getCurrent().getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        String number = open(Marketplace.AMAZON, "货物被海关扣货 " + run);

        openUntilHits("search?q=海关%20" + run, 1);

        assertThat(text("search-total")).isEqualTo("找到 1 个工单");
        assertThat(snippets(hitCards().getFirst())).anySatisfy(s -> assertThat(s.getElement().getProperty("innerHTML"))
                .contains("<mark>海关</mark>"));
        assertThat(hitCards().getFirst().getElement().getTextRecursively()).contains(number, "亚马逊");
    }

    @Test
    void the_header_search_box_opens_the_search_page_with_the_words() {
        navigate("cases");
        var box = _get(TextField.class, s -> s.withId("header-search"));
        box.setValue("customs " + run);
        _fireEvent(box, new KeyPressEvent(box, Key.ENTER.getKeys().getFirst()));

        assertThat(_get(SearchView.class).state().text()).isEqualTo("customs " + run);
        assertThat(box.getValue()).isEmpty();
    }

    @Test
    void admins_without_a_case_role_cannot_search() {
        login("admin");
        assertThatThrownBy(() -> navigate("search")).hasMessageContaining("Access is denied");
    }

    @Test
    void the_facets_keep_every_value_chosen() {
        var url = SearchUrl.empty().withStatuses(Set.of(ComplaintStatus.NEW));
        var toggled = url.withStatuses(SearchUrl.toggled(ComplaintStatus.class, url.statuses(), ComplaintStatus.ESCALATED));
        assertThat(toggled.statuses()).containsExactlyInAnyOrder(ComplaintStatus.NEW, ComplaintStatus.ESCALATED);
        assertThat(SearchUrl.toggled(ComplaintStatus.class, toggled.statuses(), ComplaintStatus.NEW))
                .containsExactly(ComplaintStatus.ESCALATED);
    }
}
