package com.claimdesk.refund.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.refund.RefundSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
        // a case of its own: the limits weigh a case's refunds together, so reusing one would raise the level
        String caseNumber = com.claimdesk.TestCases.aCase().buyer("Mila Novak", "SI", "en").orderValue("900.00", "USD")
                .open(complaints);
        var r = new NewRefund();
        r.setAmount(new BigDecimal("450.00"));
        r.setCurrency("USD");
        r.setMethod(RefundMethod.PAYPAL);
        r.setReason("Two of six mugs broken, buyer keeps the rest");
        var summary = refunds.request(complaints.get(caseNumber).id(), r);
        TestUsers.logout();
        return summary;
    }

    @Test
    void a_manager_sees_the_waiting_refund_with_a_badge_and_approves_it() {
        var waiting = aRefundAboveTheAgentLimit();
        login("manager");
        navigate("approvals");
        int before = Integer.parseInt(_get(Span.class, s -> s.withId("approvals-badge")).getText());
        assertThat(before).isPositive();
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

        // the menu is built once per page; its badge still follows every navigation
        navigate("cases");
        var badge = com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, s -> s.withId("approvals-badge"));
        assertThat(badge.isEmpty() ? 0 : Integer.parseInt(badge.getFirst().getText())).isEqualTo(before - 1);
    }

    @Test
    void a_request_changed_while_the_dialog_is_open_is_refused_and_the_dialog_then_shows_the_new_amount() {
        var waiting = aRefundAboveTheAgentLimit();
        login("manager");
        navigate("approvals");
        var view = _get(ApprovalQueueView.class);
        var rows = view.grid.getListDataView().getItems().map(RefundSummary::id).toList();
        var actions = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, rows.indexOf(waiting.id()),
                "actions");
        _click(_get(actions, Button.class, s -> s.withId("approve-" + waiting.id())));
        var dialog = _get(Dialog.class, s -> s.withId("decision-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Approve USD 450.00 on " + waiting.caseNumber());
        TestFields.set(_get(TextArea.class, s -> s.withId("decision-comment")), "Photos confirm the breakage");

        // meanwhile the requester raises it to 1,800
        TestUsers.login(userService, "agent");
        refunds.edit(waiting.id(), waiting.version(), raisedTo("1800.00"));
        TestUsers.login(userService, "manager");

        _click(_get(Button.class, s -> s.withId("decision-confirm")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Approve USD 1,800.00 on " + waiting.caseNumber());
        var changed = _get(Paragraph.class, s -> s.withId("decision-changed"));
        assertThat(changed.isVisible()).isTrue();
        assertThat(changed.getText()).contains("now asks for USD 1,800.00").contains("you were shown USD 450.00");
        assertThat(refunds.forCase(waiting.complaintId())).filteredOn(r -> r.id() == waiting.id()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.PENDING));
        // the queue behind the dialog shows the request as it is now
        assertThat(view.grid.getListDataView().getItems().filter(r -> r.id() == waiting.id()).findFirst().orElseThrow()
                .amount().amount()).isEqualByComparingTo("1800.00");

        // confirming again approves what the dialog now shows
        _click(_get(Button.class, s -> s.withId("decision-confirm")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(refunds.forCase(waiting.complaintId())).filteredOn(r -> r.id() == waiting.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RefundStatus.APPROVED);
                    assertThat(r.amount().amount()).isEqualByComparingTo("1800.00");
                });
    }

    @Test
    void a_request_raised_beyond_the_managers_level_while_the_dialog_is_open_leaves_the_managers_queue() {
        var waiting = aRefundAboveTheAgentLimit();
        login("manager");
        navigate("approvals");
        var view = _get(ApprovalQueueView.class);
        var rows = view.grid.getListDataView().getItems().map(RefundSummary::id).toList();
        _click(_get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, rows.indexOf(waiting.id()),
                "actions"), Button.class, s -> s.withId("reject-" + waiting.id())));
        var dialog = _get(Dialog.class, s -> s.withId("decision-dialog"));
        TestFields.set(_get(TextArea.class, s -> s.withId("decision-comment")), "Too much for two mugs");
        TestUsers.login(userService, "agent");
        refunds.edit(waiting.id(), waiting.version(), raisedTo("2500.00")); // now a team lead's
        TestUsers.login(userService, "manager");

        _click(_get(Button.class, s -> s.withId("decision-confirm")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.grid.getListDataView().getItems().map(RefundSummary::id)).doesNotContain(waiting.id());
        assertThat(refunds.forCase(waiting.complaintId())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RefundStatus.PENDING));
    }

    @Test
    void only_the_requester_is_offered_the_edit_of_a_waiting_request() {
        var waiting = aRefundAboveTheAgentLimit();
        login("manager");
        var asManager = new RefundPanel(refunds, waiting.complaintId(), "USD", java.util.List.of("USD"), () -> { });
        var rows = asManager.grid.getListDataView().getItems().map(RefundSummary::id).toList();
        assertThat(_find(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(asManager.grid,
                rows.indexOf(waiting.id()), "actions"), Button.class)).isEmpty();
        login("agent");
        var asRequester = new RefundPanel(refunds, waiting.complaintId(), "USD", java.util.List.of("USD"), () -> { });
        assertThat(_get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(asRequester.grid,
                rows.indexOf(waiting.id()), "actions"), Button.class).getId()).hasValue("refund-edit-" + waiting.id());
    }

    private static NewRefund raisedTo(String amount) {
        var r = new NewRefund();
        r.setAmount(new BigDecimal(amount));
        r.setCurrency("USD");
        r.setMethod(RefundMethod.PAYPAL);
        r.setReason("All six mugs broken after all");
        return r;
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
                negotiation.view(first.complaintId()), null, new Span("evidence"));
        assertThat(_get(details, com.vaadin.flow.component.html.Paragraph.class,
                s -> s.withId("approval-bottom-line-" + first.id())).getText()).isNotBlank();
        assertThat(_get(details, Span.class, s -> s.withId("approval-verdict-" + first.id())).getText())
                .contains(com.claimdesk.base.ui.Formats.money(first.amount()));
    }

    @Autowired
    com.claimdesk.negotiation.GuidanceService guidance;

    @Test
    void the_approver_sees_what_similar_finished_cases_cost() {
        var peers = new com.claimdesk.negotiation.GuidancePeers(ctx).seed(3);
        TestUsers.login(userService, "agent");
        String caseNumber = peers.details("280.00").open(complaints);
        var r = new NewRefund();
        r.setAmount(new BigDecimal("250.00"));
        r.setCurrency("USD");
        r.setMethod(RefundMethod.PAYPAL);
        r.setReason("Buyer wants most of it back");
        var request = refunds.request(complaints.get(caseNumber).id(), r);
        TestUsers.logout();

        login("manager");
        navigate("approvals");
        var view = _get(ApprovalQueueView.class);
        assertThat(view.grid.getListDataView().getItems().map(RefundSummary::id)).contains(request.id());
        var details = new ApprovalDetails(request, complaints.get(caseNumber), negotiation.view(request.complaintId()),
                guidance.forCase(request.complaintId()).orElse(null), new Span("evidence"));

        assertThat(_get(details, Paragraph.class, s -> s.withId("guidance-reasons-" + request.id())).getText())
                .isEqualTo("12 similar cases: median 20 % of order value; those settled in the first round cost 10 %, "
                        + "those with 3+ rounds 45 %");
        assertThat(_get(details, Paragraph.class, s -> s.withId("guidance-suggested-" + request.id())).getText())
                .isEqualTo("Suggested bottom line: USD 56.00 (20 %)");
        assertThat(_find(details, Button.class, s -> s.withId("guidance-take"))).as("nothing to fill in here").isEmpty();
    }

    @Test
    void the_requester_sees_the_decision_in_the_notification_bell() {
        var waiting = aRefundAboveTheAgentLimit();
        login("agent");
        navigate("cases");
        long unreadBefore = unread();
        TestUsers.login(userService, "manager");
        refunds.approve(waiting.id(), waiting.version(), "ok");
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
