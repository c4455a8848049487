package com.claimdesk.workspace.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.audit.ui.HistoryPanel;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.complaint.ui.ClosingPanel;
import com.claimdesk.complaint.ui.ComplaintForm;
import com.claimdesk.complaint.ui.NewComplaintViewTest;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.FeedbackOutcome;
import com.claimdesk.settlement.SettlementService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTabTest extends KaribuTest {

    @Autowired
    ComplaintService service;
    @Autowired
    SettlementService settlements;
    @Autowired
    com.claimdesk.refund.RefundService refunds;

    private String aCaseInNegotiation() {
        navigate("cases/new");
        NewComplaintViewTest.fillValid(_get(ComplaintForm.class));
        _click(_get(Button.class, s -> s.withId("save-case")));
        String caseNumber = _get(CaseWorkspaceView.class).caseNumber();
        _click(_get(Button.class, s -> s.withId("status-to-NEGOTIATING")));
        return caseNumber;
    }

    @SuppressWarnings("unchecked")
    private static <T> com.vaadin.flow.component.select.Select<T> select(String id) {
        return _get(com.vaadin.flow.component.select.Select.class, s -> s.withId(id));
    }

    private static com.vaadin.flow.component.textfield.BigDecimalField amount(String id) {
        return _get(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.combobox.ComboBox<String> currency(String id) {
        return _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId(id));
    }

    @Test
    void resolve_leads_to_the_settlement_which_resolves_the_case_and_closing_asks_for_the_root_cause() {
        login("agent");
        String caseNumber = aCaseInNegotiation();

        // "Resolve" does not just flip the status: it opens the outcome tab to record the settlement
        _click(_get(Button.class, s -> s.withId("status-to-RESOLVED")));
        assertThat(_get(TabSheet.class, s -> s.withId("case-tabs")).getSelectedTab().getId()).hasValue("tab-outcome");
        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
        assertThat(_get(Paragraph.class, s -> s.withId("closing-not-yet")).isVisible()).isTrue();

        TestFields.set(select("settlement-resolution"), Resolution.RESHIP_OR_REPLACE);
        TestFields.set(select("settlement-feedback"), FeedbackOutcome.CHANGED);
        _click(_get(Button.class, s -> s.withId("settlement-add-line")));
        _click(_get(Button.class, s -> s.withId("settlement-add-line")));
        TestFields.set(select("cost-kind-0"), CostKind.REPLACEMENT_GOODS);
        TestFields.set(amount("cost-amount-0"), new BigDecimal("80.00"));
        TestFields.set(currency("cost-currency-0"), "USD");
        TestFields.set(select("cost-kind-1"), CostKind.FREIGHT_OUT);
        TestFields.set(amount("cost-amount-1"), new BigDecimal("50.00"));
        TestFields.set(currency("cost-currency-1"), "EUR");
        assertThat(_get(Span.class, s -> s.withId("settlement-local-total")).getText()).contains("80").contains("50");
        _click(_get(Button.class, s -> s.withId("settlement-save")));

        // 80 USD + 50 EUR x 1.08 = 134 USD
        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);
        long id = service.get(caseNumber).id();
        assertThat(settlements.find(id).orElseThrow().baseTotal().amount()).isEqualByComparingTo("134.00");
        assertThat(_get(Span.class, s -> s.withId("settlement-total")).getText()).contains("134");

        // closing without a root cause is refused at the field; nothing is written
        var closing = _get(ClosingPanel.class);
        _click(closing.close);
        assertThat(closing.rootCause.isInvalid()).isTrue();
        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);

        TestFields.set(closing.rootCause, RootCause.PACKAGING);
        TestFields.set(closing.responsibility, Responsibility.SELLER);
        TestFields.set(closing.preventionNote, "Double-box glass items");
        _click(closing.close);
        var closed = service.get(caseNumber);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closing().getRootCause()).isEqualTo(RootCause.PACKAGING);
        assertThat(_get(Paragraph.class, s -> s.withId("closing-summary")).getText()).contains("Packaging");
        // a closed case shows its settlement but offers no form
        assertThat(_find(Button.class, s -> s.withId("settlement-save"))).isEmpty();
        // every line of the history names its field in words
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-history")));
        var history = _get(HistoryPanel.class);
        history.show(id);
        assertThat(history.grid.getListDataView().getItems().map(history::fieldLabel)).noneMatch(l -> l.startsWith("!"));
    }

    @Test
    void a_settlement_without_a_resolution_or_with_a_bad_line_is_refused_in_the_form() {
        login("agent");
        String caseNumber = aCaseInNegotiation();
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-outcome")));
        _click(_get(Button.class, s -> s.withId("settlement-add-line")));
        TestFields.set(amount("cost-amount-0"), new BigDecimal("-3"));
        _click(_get(Button.class, s -> s.withId("settlement-save")));
        assertThat(select("settlement-resolution").isInvalid()).isTrue();
        assertThat(amount("cost-amount-0").isInvalid()).isTrue();
        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
    }

    @Test
    void a_refund_typed_into_the_ledger_says_before_saving_that_it_needs_approval_and_saving_only_asks_for_it() {
        login("agent");
        String caseNumber = aCaseInNegotiation();
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-outcome")));
        var save = _get(Button.class, s -> s.withId("settlement-save"));
        assertThat(save.getText()).isEqualTo("Settle and resolve");
        TestFields.set(select("settlement-resolution"), Resolution.FULL_REFUND);
        _click(_get(Button.class, s -> s.withId("settlement-add-line")));
        _click(_get(Button.class, s -> s.withId("settlement-add-line")));
        TestFields.set(select("cost-kind-0"), CostKind.FREIGHT_BACK);
        TestFields.set(amount("cost-amount-0"), new BigDecimal("25.00"));
        TestFields.set(currency("cost-currency-0"), "USD");
        TestFields.set(select("cost-kind-1"), CostKind.REFUND);
        TestFields.set(currency("cost-currency-1"), "EUR");
        TestFields.set(amount("cost-amount-1"), new BigDecimal("5000.00"));

        // before saving: the line and the button say what saving will do
        var hint = _get(Span.class, s -> s.withId("cost-refund-hint-1"));
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("EUR 5,000.00 needs the approval of a Team lead")
                .contains("instead of being resolved");
        assertThat(save.getText()).isEqualTo("Ask for approval of the refund");
        assertThat(_get(Paragraph.class, s -> s.withId("settlement-approval-note")).isVisible()).isTrue();
        // a freight line needs no such word (Karibu finds only what is shown)
        assertThat(_find(Span.class, s -> s.withId("cost-refund-hint-0"))).isEmpty();

        _click(save);
        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
        assertThat(_get(Span.class, s -> s.withId("case-status")).getText()).isEqualTo("Awaiting approval");
        long id = service.get(caseNumber).id();
        assertThat(settlements.find(id)).isEmpty();
        assertThat(refunds.forCase(id)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(com.claimdesk.refund.RefundStatus.PENDING));
        // the form keeps what was entered; the refund line is now that request
        assertThat(amount("cost-amount-0").getValue()).isEqualByComparingTo("25.00");
        assertThat(amount("cost-amount-1").isReadOnly()).isTrue();
        assertThat(_get(_get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                s -> s.withId("cost-line-1")), Span.class, s -> s.withText("refund request waiting for approval"))
                .isVisible()).isTrue();
        // while it waits there is nothing to save (the server would refuse it too)
        assertThat(save.isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("settlement-approval-note")).getText())
                .startsWith("A refund in this ledger waits for approval");
        assertThat(refunds.forCase(id)).hasSize(1);
    }

    @Test
    void a_refund_within_the_agent_limit_typed_into_the_ledger_is_settled_at_once_as_a_request() {
        login("agent");
        String caseNumber = aCaseInNegotiation();
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-outcome")));
        TestFields.set(select("settlement-resolution"), Resolution.PARTIAL_REFUND);
        _click(_get(Button.class, s -> s.withId("settlement-add-line")));
        TestFields.set(select("cost-kind-0"), CostKind.REFUND);
        TestFields.set(currency("cost-currency-0"), "USD");
        TestFields.set(amount("cost-amount-0"), new BigDecimal("50.00"));
        assertThat(_get(Span.class, s -> s.withId("cost-refund-hint-0")).getText())
                .isEqualTo("USD 50.00 is within your limit: saving records it as a refund request, settled at once.");
        var save = _get(Button.class, s -> s.withId("settlement-save"));
        assertThat(save.getText()).isEqualTo("Settle and resolve");
        _click(save);
        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);
        long id = service.get(caseNumber).id();
        var request = refunds.forCase(id).getFirst();
        assertThat(request.status()).isEqualTo(com.claimdesk.refund.RefundStatus.APPROVED);
        assertThat(settlements.find(id).orElseThrow().costs()).singleElement()
                .satisfies(l -> assertThat(l.refundRequestId()).isEqualTo(request.id()));
    }
}
