package com.claimdesk.complaint.ui;

import com.claimdesk.TestFields;
import com.claimdesk.KaribuTest;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.QueueFilter.AssigneeScope;
import com.claimdesk.complaint.QueueSort;
import com.claimdesk.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintListViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<ComplaintListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }

    @Test
    void without_parameters_the_queue_shows_my_open_cases() {
        login("agent");
        navigate("cases");
        var view = _get(ComplaintListView.class);
        assertThat(view.state()).isEqualTo(QueueUrl.defaults());
        List<ComplaintListItem> rows = _fetch(grid(), 0, 100);
        assertThat(rows).isNotEmpty();
        String me = CurrentUser.require().displayName();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.assigneeName()).isEqualTo(me);
            assertThat(r.status().isOpen()).isTrue();
        });
    }

    @Test
    void filters_are_read_from_the_url() {
        login("agent");
        navigate("cases?status=all&assignee=anyone&category=QUALITY&marketplace=ALIEXPRESS&sort=claimed_amount&dir=desc");
        assertThat(_get(Select.class, s -> s.withId("filter-status")).getValue()).isEqualTo("all");
        assertThat(_get(Select.class, s -> s.withId("filter-assignee")).getValue()).isEqualTo(AssigneeScope.ANYONE);
        assertThat(_get(ComboBox.class, s -> s.withId("filter-category")).getValue()).isEqualTo(Category.QUALITY);
        assertThat(_get(ComboBox.class, s -> s.withId("filter-marketplace")).getValue()).isEqualTo(Marketplace.ALIEXPRESS);
        var view = _get(ComplaintListView.class);
        assertThat(view.state().sort()).isEqualTo(new QueueSort(QueueSort.Field.CLAIMED_AMOUNT, false));

        List<ComplaintListItem> rows = _fetch(grid(), 0, 200);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.category()).isEqualTo(Category.QUALITY);
            assertThat(r.marketplace()).isEqualTo(Marketplace.ALIEXPRESS);
        });
    }

    @Test
    void a_mangled_link_falls_back_to_the_defaults() {
        login("agent");
        navigate("cases?status=bogus&assignee=%3Cscript%3E&category=NOPE&sort=x");
        assertThat(_get(ComplaintListView.class).state()).isEqualTo(QueueUrl.defaults());
        assertThat(_size(grid())).isGreaterThan(0);
    }

    @Test
    void changing_a_filter_updates_the_rows_and_the_state_for_the_url() {
        login("agent");
        navigate("cases?status=all&assignee=anyone");
        int all = _fetch(grid(), 0, 1000).size();
        TestFields.set(_get(Select.class, s -> s.withId("filter-status")), ComplaintStatus.ESCALATED.name());
        var rows = _fetch(grid(), 0, 1000);
        assertThat(rows.size()).isLessThan(all);
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo(ComplaintStatus.ESCALATED));
        assertThat(_get(ComplaintListView.class).state().toQueryParameters().getQueryString())
                .contains("status=ESCALATED").contains("assignee=anyone");
    }

    @Test
    void free_text_finds_a_case_by_its_number() {
        login("agent");
        navigate("cases?status=all&assignee=anyone");
        String someCase = _fetch(grid(), 0, 1).getFirst().caseNumber();
        TestFields.set(_get(TextField.class, s -> s.withId("filter-search")), someCase);
        assertThat(_fetch(grid(), 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(someCase);
        assertThat(_get(ComplaintListView.class).state().text()).isEqualTo(someCase);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.claimdesk.negotiation.NegotiationService negotiation;
    @org.springframework.beans.factory.annotation.Autowired
    com.claimdesk.complaint.ComplaintService complaints;

    @Test
    void a_case_whose_buyer_offer_is_within_the_bottom_line_is_marked_settle_now() {
        login("agent");
        var mine = complaints.queue(com.claimdesk.complaint.QueueFilter.myOpenCases(), null, 0, 3);
        var target = mine.get(2);
        var order = complaints.get(target.caseNumber()).details();
        var bottomLine = new com.claimdesk.negotiation.BottomLineForm();
        bottomLine.setMaxAmount(order.getOrderValue().divide(new java.math.BigDecimal("2"), 2, java.math.RoundingMode.DOWN));
        bottomLine.setAcceptable(java.util.EnumSet.of(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND));
        negotiation.setBottomLine(target.id(), bottomLine);
        var offer = new com.claimdesk.negotiation.NewOffer();
        offer.setProposer(com.claimdesk.negotiation.Proposer.BUYER);
        offer.setResolution(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND);
        offer.setAmount(order.getOrderValue().divide(new java.math.BigDecimal("4"), 2, java.math.RoundingMode.DOWN));
        offer.setCurrency(order.getOrderCurrency());
        negotiation.recordOffer(target.id(), offer, java.time.ZoneOffset.UTC);

        navigate("cases");
        _fetch(grid(), 0, 50);
        var view = _get(ComplaintListView.class);
        assertThat(view.markedSettleNow(target.id())).isTrue();
        assertThat(view.markedSettleNow(mine.get(0).id())).isFalse();
    }

    @Test
    void a_buyer_offer_left_unanswered_beyond_the_settlement_window_is_marked_in_the_queue() {
        login("agent");
        var mine = complaints.queue(com.claimdesk.complaint.QueueFilter.myOpenCases(), null, 0, 5);
        var late = mine.get(3);
        var fresh = mine.get(4);
        for (var c : java.util.List.of(late, fresh)) {
            var offer = new com.claimdesk.negotiation.NewOffer();
            offer.setProposer(com.claimdesk.negotiation.Proposer.BUYER);
            offer.setResolution(com.claimdesk.negotiation.Resolution.RESHIP_OR_REPLACE);
            offer.setProposedAt(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(c == late ? 30 : 2));
            negotiation.recordOffer(c.id(), offer, java.time.ZoneOffset.UTC);
        }
        navigate("cases");
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
