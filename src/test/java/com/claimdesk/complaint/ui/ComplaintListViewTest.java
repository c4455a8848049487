package com.claimdesk.complaint.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestClock;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.QueueFilter.AssigneeScope;
import com.claimdesk.complaint.QueueSort;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.BottomLineForm;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.NewOffer;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintListViewTest extends KaribuTest {

    @Autowired
    NegotiationService negotiation;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestClock clock;

    /** Marks the cases of one test in the buyer's name, so that a search finds them and no others. */
    private final String marker = "List" + UUID.randomUUID().toString().substring(0, 8);

    @SuppressWarnings("unchecked")
    private static Grid<ComplaintListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }

    private TestCases.CaseBuilder aMarkedCase() {
        return TestCases.aCase().buyer("Buyer " + marker, "DE", "en");
    }

    @Test
    void without_parameters_the_queue_shows_my_open_cases() {
        login("agent");
        String mine = aMarkedCase().openAndTake(complaints).caseNumber();
        String unassigned = aMarkedCase().open(complaints);
        String resolved = aMarkedCase().openAndTake(complaints).caseNumber();
        complaints.changeStatus(resolved, complaints.get(resolved).version(), ComplaintStatus.RESOLVED);

        navigate("cases");
        var view = _get(ComplaintListView.class);
        assertThat(view.state()).isEqualTo(QueueUrl.defaults());
        List<ComplaintListItem> rows = _fetch(grid(), 0, 1000);
        assertThat(rows).extracting(ComplaintListItem::caseNumber).contains(mine).doesNotContain(unassigned, resolved);
        String me = CurrentUser.require().displayName();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.assigneeName()).isEqualTo(me);
            assertThat(r.status().isOpen()).isTrue();
        });
    }

    @Test
    void filters_are_read_from_the_url() {
        login("agent");
        String quality = aMarkedCase().subReason(SubReason.DEFECTIVE_ON_ARRIVAL).open(complaints);
        aMarkedCase().subReason(SubReason.NO_TRACKING).open(complaints);
        aMarkedCase().subReason(SubReason.DEFECTIVE_ON_ARRIVAL).marketplace(Marketplace.AMAZON).open(complaints);

        navigate("cases?status=all&assignee=anyone&category=QUALITY&marketplace=ALIEXPRESS&sort=claimed_amount&dir=desc"
                + "&q=" + marker);
        assertThat(_get(Select.class, s -> s.withId("filter-status")).getValue()).isEqualTo("all");
        assertThat(_get(Select.class, s -> s.withId("filter-assignee")).getValue()).isEqualTo(AssigneeScope.ANYONE);
        assertThat(_get(ComboBox.class, s -> s.withId("filter-category")).getValue()).isEqualTo(Category.QUALITY);
        assertThat(_get(ComboBox.class, s -> s.withId("filter-marketplace")).getValue()).isEqualTo(Marketplace.ALIEXPRESS);
        var view = _get(ComplaintListView.class);
        assertThat(view.state().sort()).isEqualTo(new QueueSort(QueueSort.Field.CLAIMED_AMOUNT, false));

        assertThat(_fetch(grid(), 0, 200)).extracting(ComplaintListItem::caseNumber).containsExactly(quality);
    }

    @Test
    void a_mangled_link_falls_back_to_the_defaults() {
        login("agent");
        aMarkedCase().openAndTake(complaints);
        navigate("cases?status=bogus&assignee=%3Cscript%3E&category=NOPE&sort=x");
        assertThat(_get(ComplaintListView.class).state()).isEqualTo(QueueUrl.defaults());
        assertThat(_size(grid())).isGreaterThan(0);
    }

    @Test
    void changing_a_filter_updates_the_rows_and_the_state_for_the_url() {
        login("agent");
        aMarkedCase().open(complaints);
        String escalated = aMarkedCase().open(complaints);
        complaints.changeStatus(escalated, complaints.get(escalated).version(), ComplaintStatus.ESCALATED);

        navigate("cases?status=all&assignee=anyone&q=" + marker);
        assertThat(_fetch(grid(), 0, 1000)).hasSize(2);
        TestFields.set(_get(Select.class, s -> s.withId("filter-status")), ComplaintStatus.ESCALATED.name());
        assertThat(_fetch(grid(), 0, 1000)).extracting(ComplaintListItem::caseNumber).containsExactly(escalated);
        assertThat(_get(ComplaintListView.class).state().toQueryParameters().getQueryString())
                .contains("status=ESCALATED").contains("assignee=anyone");
    }

    @Test
    void free_text_finds_a_case_by_its_number() {
        login("agent");
        String someCase = aMarkedCase().open(complaints);
        navigate("cases?status=all&assignee=anyone");
        TestFields.set(_get(TextField.class, s -> s.withId("filter-search")), someCase);
        assertThat(_fetch(grid(), 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(someCase);
        assertThat(_get(ComplaintListView.class).state().text()).isEqualTo(someCase);
    }

    @Test
    void a_case_whose_buyer_offer_is_within_the_bottom_line_is_marked_settle_now() {
        login("agent");
        var plain = aMarkedCase().orderValue("200.00", "USD").openAndTake(complaints);
        var target = aMarkedCase().orderValue("200.00", "USD").openAndTake(complaints);
        var bottomLine = new BottomLineForm();
        bottomLine.setMaxAmount(new BigDecimal("100.00"));
        bottomLine.setAcceptable(EnumSet.of(Resolution.PARTIAL_REFUND));
        negotiation.setBottomLine(target.id(), bottomLine);
        var offer = new NewOffer();
        offer.setProposer(Proposer.BUYER);
        offer.setResolution(Resolution.PARTIAL_REFUND);
        offer.setAmount(new BigDecimal("50.00"));
        offer.setCurrency("USD");
        negotiation.recordOffer(target.id(), offer, ZoneOffset.UTC);

        navigate("cases?q=" + marker);
        _fetch(grid(), 0, 50);
        var view = _get(ComplaintListView.class);
        assertThat(view.markedSettleNow(target.id())).isTrue();
        assertThat(view.markedSettleNow(plain.id())).isFalse();
    }

    @Test
    void a_buyer_offer_left_unanswered_beyond_the_settlement_window_is_marked_in_the_queue() {
        login("agent");
        var late = aMarkedCase().openAndTake(complaints);
        var fresh = aMarkedCase().openAndTake(complaints);
        for (var c : List.of(late, fresh)) {
            var offer = new NewOffer();
            offer.setProposer(Proposer.BUYER);
            offer.setResolution(Resolution.RESHIP_OR_REPLACE);
            offer.setProposedAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusHours(c == late ? 30 : 2));
            negotiation.recordOffer(c.id(), offer, ZoneOffset.UTC);
        }
        navigate("cases?q=" + marker);
        _fetch(grid(), 0, 50);
        var view = _get(ComplaintListView.class);
        assertThat(view.markedWaitingTooLong(late.id())).isTrue();
        assertThat(view.markedWaitingTooLong(fresh.id())).isFalse();
    }

    @Test
    void the_queue_url_round_trips() {
        var url = new QueueUrl("NEGOTIATING", Category.LATE_DELIVERY, Marketplace.AMAZON, AssigneeScope.UNASSIGNED,
                "DHL 123", new QueueSort(QueueSort.Field.PRIORITY, false),
                com.claimdesk.complaint.QueueFilter.Due.AT_RISK);
        assertThat(QueueUrl.parse(url.toQueryParameters())).isEqualTo(url);
    }

    @Test
    void without_sign_in_the_queue_leads_to_the_login_page() {
        navigate("cases");
        _get(com.claimdesk.security.ui.LoginView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ComplaintListView.class)).isEmpty();
    }
}
