package com.claimdesk.refund.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.refund.RefundSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalQueueViewTest extends KaribuTest {

    @Autowired
    RefundService refunds;
    @Autowired
    ComplaintService complaints;
    @Autowired
    com.claimdesk.negotiation.NegotiationService negotiation;

    private RefundSummary aRefundAboveTheAgentLimit() {
        TestUsers.login(userService, "agent");
        var mine = complaints.queue(QueueFilter.myOpenCases(), null, 0, 1).getFirst();
        var r = new NewRefund();
        r.setAmount(new BigDecimal("450.00"));
        r.setCurrency("USD");
        r.setMethod(RefundMethod.PAYPAL);
        r.setReason("Two of six mugs broken, buyer keeps the rest");
        var summary = refunds.request(complaints.get(mine.caseNumber()).id(), r);
        TestUsers.logout();
        return summary;
    }

    @Test
    void a_manager_sees_the_waiting_refund_with_a_badge_and_approves_it() {
        var waiting = aRefundAboveTheAgentLimit();
        login("manager");
        navigate("approvals");
        assertThat(Integer.parseInt(_get(Span.class, s -> s.withId("approvals-badge")).getText())).isPositive();
        var view = _get(ApprovalQueueView.class);
        assertThat(view.grid.getListDataView().getItems().map(RefundSummary::id)).contains(waiting.id());

        var rows = view.grid.getListDataView().getItems().map(RefundSummary::id).toList();
        var actions = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, rows.indexOf(waiting.id()),
                "actions");
        _click(_get(actions, Button.class, s -> s.withId("approve-" + waiting.id())));
        TestFields.set(_get(TextArea.class, s -> s.withId("decision-comment")), "Photos confirm the breakage");
        _click(_get(Button.class, s -> s.withId("decision-confirm")));

        assertThat(view.grid.getListDataView().getItems().map(RefundSummary::id)).doesNotContain(waiting.id());
        assertThat(refunds.forCase(waiting.complaintId())).filteredOn(r -> r.id() == waiting.id()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.APPROVED));
    }

    @Test
    void the_oldest_request_shows_the_case_the_bottom_line_and_the_evidence_to_decide_on() {
        aRefundAboveTheAgentLimit();
        login("manager");
        navigate("approvals");
        var view = _get(ApprovalQueueView.class);
        var first = view.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(view.grid.isDetailsVisible(first)).isTrue();
        var details = new ApprovalDetails(first, complaints.get(first.caseNumber()),
                negotiation.view(first.complaintId()), new Span("evidence"));
        assertThat(_get(details, com.vaadin.flow.component.html.Paragraph.class,
                s -> s.withId("approval-bottom-line-" + first.id())).getText()).isNotBlank();
        assertThat(_get(details, Span.class, s -> s.withId("approval-verdict-" + first.id())).getText())
                .contains(com.claimdesk.base.ui.Formats.money(first.amount()));
    }

    @Test
    void the_requester_sees_the_decision_in_the_notification_bell() {
        var waiting = aRefundAboveTheAgentLimit();
        login("agent");
        navigate("cases");
        long unreadBefore = unread();
        TestUsers.login(userService, "manager");
        refunds.approve(waiting.id(), "ok");
        login("agent");
        navigate("cases");
        assertThat(unread()).isEqualTo(unreadBefore + 1);
    }

    /** The bell's badge; hidden (so not found) when nothing is unread. */
    private static long unread() {
        var badge = com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, s -> s.withId("notification-count"));
        return badge.isEmpty() ? 0 : Long.parseLong(badge.getFirst().getText());
    }

    @Test
    void an_agent_has_no_approval_queue() {
        login("agent");
        assertThatThrownBy(() -> navigate("approvals")).hasMessageContaining("Access is denied");
    }
}
