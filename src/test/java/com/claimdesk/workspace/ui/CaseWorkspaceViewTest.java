package com.claimdesk.workspace.ui;

import com.claimdesk.TestFields;
import com.claimdesk.KaribuTest;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.ui.ComplaintForm;
import com.claimdesk.complaint.ui.NewComplaintViewTest;
import com.claimdesk.messaging.ui.ComposeBox;
import com.claimdesk.shell.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CaseWorkspaceViewTest extends KaribuTest {

    @Autowired
    ComplaintService service;
    @Autowired
    com.claimdesk.TestClock clock;

    private String newCase() {
        navigate("cases/new");
        NewComplaintViewTest.fillValid(_get(ComplaintForm.class));
        _click(_get(Button.class, s -> s.withId("save-case")));
        return _get(CaseWorkspaceView.class).caseNumber();
    }

    @Test
    void only_the_allowed_next_steps_are_offered_and_a_click_moves_the_case() {
        login("agent");
        String caseNumber = newCase();
        navigate("cases/" + caseNumber);
        var buttons = _find(Button.class, s -> s.withId("status-to-INVESTIGATING"));
        assertThat(_find(Button.class, s -> s.withId("status-to-CLOSED"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("status-to-AWAITING_APPROVAL"))).isEmpty();
        assertThat(buttons).isNotEmpty();

        _click(_get(Button.class, s -> s.withId("status-to-INVESTIGATING")));

        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(_get(Span.class, s -> s.withId("case-status")).getText()).isEqualTo("Investigating");
        assertThat(_find(Button.class, s -> s.withId("status-to-NEGOTIATING"))).hasSize(1);
    }

    private static void openTab(String id) {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("case-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withId(id)));
    }

    private static void openDetails() {
        openTab("tab-details");
    }

    @Test
    void a_case_opened_from_the_queue_shows_its_assignee() {
        login("agent");
        var mine = com.claimdesk.TestCases.aCase().openAndTake(service);
        navigate("cases/" + mine.caseNumber());
        @SuppressWarnings("unchecked")
        var assignee = (com.vaadin.flow.component.combobox.ComboBox<com.claimdesk.security.UserRef>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("assignee"));
        assertThat(assignee.getValue().displayName()).isEqualTo("Li Wei 李伟");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("case-title")).getText())
                .startsWith(mine.caseNumber());
    }

    @Test
    void assign_to_me_sets_the_assignee() {
        login("agent2");
        String caseNumber = newCase();
        _click(_get(Button.class, s -> s.withId("assign-to-me")));
        assertThat(service.get(caseNumber).assignee().displayName()).isEqualTo("Chen Jing 陈静");
    }

    @Test
    void edits_are_saved_and_a_signer_other_than_the_buyer_is_warned_about() {
        login("agent");
        String caseNumber = newCase();
        openDetails();
        var form = _get(ComplaintForm.class);
        TestFields.set(form.shippedOn, LocalDate.now(clock).minusDays(15));
        TestFields.set(form.deliveredOn, LocalDate.now(clock).minusDays(2));
        TestFields.set(form.signerName, "Front desk");
        _click(_get(Button.class, s -> s.withId("save-case")));

        assertThat(service.get(caseNumber).details().getShipment().signerName()).isEqualTo("Front desk");
        var warning = _get(Div.class, s -> s.withId("signer-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Front desk").contains("Olivia Brown");
    }

    @Test
    void a_stale_page_does_not_overwrite_a_colleagues_change_and_keeps_the_typing() {
        login("agent");
        String caseNumber = newCase();
        var view = _get(CaseWorkspaceView.class);
        // a colleague changes the case after this page was opened
        var current = service.get(caseNumber);
        service.changeStatus(caseNumber, current.version(), ComplaintStatus.NEGOTIATING);

        openDetails();
        var form = _get(ComplaintForm.class);
        TestFields.set(form.summary, "My careful note");
        _click(_get(Button.class, s -> s.withId("save-case")));

        var error = _get(Div.class, s -> s.withId("form-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Li Wei 李伟 changed case " + caseNumber + " at ");
        assertThat(form.summary.getValue()).isEqualTo("My careful note");
        assertThat(view.snapshot(com.claimdesk.complaint.ComplaintSnapshot.class).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
        assertThat(service.get(caseNumber).details().getSummary()).isNullOrEmpty();
    }

    @Test
    void a_reply_appears_in_the_thread_and_stops_the_first_response_clock() {
        login("agent");
        newCase();
        assertThat(_get(Span.class, s -> s.withId("first-response")).getText()).isEqualTo("Not answered yet");
        var compose = _get(ComposeBox.class);
        TestFields.set(compose.body, "Dear Olivia, thank you for your patience. <b>Customs</b> asked for papers.");
        _click(_get(Button.class, s -> s.withId("compose-preview-button")));
        assertThat(compose.preview.getElement().getTextRecursively()).startsWith("Dear Olivia").contains("<b>Customs</b>");
        _click(_get(Button.class, s -> s.withId("compose-save")));

        var entries = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("thread-entries"));
        var reply = _find(entries, Div.class, s -> s.withClasses("cd-message-reply"));
        assertThat(reply).hasSize(1);
        // markup typed by a user is shown as text
        assertThat(_get(reply.getFirst(), Div.class, s -> s.withClasses("cd-message-body")).getText())
                .contains("<b>Customs</b>");
        assertThat(compose.body.getValue()).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("first-response")).getText()).startsWith("First answer after");
    }

    @Test
    void a_template_fills_in_the_case_and_a_reply_with_an_open_placeholder_is_not_saved() {
        login("agent");
        newCase(); // not received / customs papers required, buyer Olivia Brown, English
        var compose = _get(ComposeBox.class);
        var suggestions = compose.template.getListDataView().getItems().toList();
        var first = suggestions.getFirst();
        assertThat(first.fitsCase()).isTrue();
        assertThat(first.language()).isEqualTo("en");
        var customs = suggestions.stream().filter(t -> t.language().equals("en") && t.body().contains("{customs.office}"))
                .findFirst().orElseThrow();
        TestFields.set(compose.template, customs);

        assertThat(compose.body.getValue()).contains("Olivia Brown").doesNotContain("{buyer.name}")
                .contains("{customs.office}");
        assertThat(compose.missing.isVisible()).isTrue();
        assertThat(compose.missing.getText()).contains("{customs.office}");
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(compose.error.getText()).startsWith("Fill in or remove these placeholders before saving:")
                .contains("{customs.office}");
        assertThat(_find(Div.class, s -> s.withClasses("cd-message-reply"))).isEmpty();

        // the agent fills in what the case does not know (customs office, carrier, tracking number)
        TestFields.set(compose.body, compose.body.getValue().replaceAll("\\{[A-Za-z.]+}", "London Heathrow"));
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(_find(Div.class, s -> s.withClasses("cd-message-reply"))).hasSize(1);
    }

    @Test
    void the_placeholder_hint_and_the_refusal_follow_the_text_and_the_kind_as_they_change() {
        login("agent");
        newCase();
        var compose = _get(ComposeBox.class);
        TestFields.set(compose.body, "Your parcel waits at {customs.office}; a coupon of {coupon.value} is yours.");
        assertThat(compose.missing.getText()).contains("{customs.office}").contains("{coupon.value}");
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(compose.error.isVisible()).isTrue();
        assertThat(compose.error.getText()).contains("{customs.office}").contains("{coupon.value}");

        // one filled in: both say what is still open, and only that
        TestFields.set(compose.body, "Your parcel waits at Hamburg customs; a coupon of {coupon.value} is yours.");
        assertThat(compose.missing.getText()).contains("{coupon.value}").doesNotContain("{customs.office}");
        assertThat(compose.error.isVisible()).isTrue();
        assertThat(compose.error.getText()).contains("{coupon.value}").doesNotContain("{customs.office}");

        // a note may keep placeholders: neither the hint nor the refusal applies to it
        TestFields.set(compose.kind, com.claimdesk.messaging.MessageKind.NOTE);
        assertThat(compose.missing.isVisible()).isFalse();
        assertThat(compose.error.isVisible()).isFalse();
        TestFields.set(compose.kind, com.claimdesk.messaging.MessageKind.REPLY);
        assertThat(compose.missing.isVisible()).isTrue();

        TestFields.set(compose.body, "Your parcel waits at Hamburg customs; a coupon of EUR 5 is yours.");
        assertThat(compose.missing.isVisible()).isFalse();
        assertThat(compose.error.isVisible()).isFalse();
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(_find(Div.class, s -> s.withClasses("cd-message-reply"))).hasSize(1);
    }

    @Test
    void a_note_looks_different_and_does_not_count_as_an_answer() {
        login("agent");
        newCase();
        var compose = _get(ComposeBox.class);
        TestFields.set(compose.kind, com.claimdesk.messaging.MessageKind.NOTE);
        assertThat(compose.channel.isVisible()).isFalse();
        TestFields.set(compose.body, "Checked with 4PX: held at Heathrow.");
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(_find(Div.class, s -> s.withClasses("cd-message-note"))).hasSize(1);
        assertThat(_get(Span.class, s -> s.withId("first-response")).getText()).isEqualTo("Not answered yet");
    }

    @Test
    void a_pasted_buyer_message_needs_its_original_time() {
        login("agent");
        newCase();
        var compose = _get(ComposeBox.class);
        TestFields.set(compose.kind, com.claimdesk.messaging.MessageKind.BUYER_MESSAGE);
        TestFields.set(compose.body, "Hello, my parcel is still not here.");
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(compose.error.getText()).isEqualTo("Enter when the buyer sent this message.");
        TestFields.set(compose.sentAt, java.time.LocalDateTime.now().minusHours(5).withNano(0));
        _click(_get(Button.class, s -> s.withId("compose-save")));
        assertThat(_find(Div.class, s -> s.withClasses("cd-message-buyer-message"))).hasSize(1);
    }

    @Test
    void the_history_tab_lists_every_change() {
        login("agent");
        String caseNumber = newCase();
        _click(_get(Button.class, s -> s.withId("status-to-INVESTIGATING")));
        openTab("tab-history");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<com.claimdesk.audit.AuditRecord>)
                _get(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("history-grid"));
        var rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(r -> r.action().name()).containsExactly("STATUS_CHANGED", "CASE_OPENED");
        assertThat(rows.getLast().newValue()).isEqualTo(caseNumber);
    }

    @Autowired
    PresenceRegistry presence;

    @Test
    void the_page_shows_who_else_has_the_case_open_and_when_they_leave() {
        login("agent");
        String caseNumber = newCase();
        var label = _get(CaseWorkspaceView.class).presenceLabel;
        assertThat(label.isVisible()).isFalse();

        // a colleague opens the same case in their own browser
        var colleaguesUi = new com.vaadin.flow.component.UI();
        colleaguesUi.getInternals().setSession(com.vaadin.flow.component.UI.getCurrent().getSession());
        var colleague = presence.open(caseNumber, colleaguesUi, 999_999, "Chen Jing 陈静", others -> { });
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(label.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo("Also open by: Chen Jing 陈静");

        colleague.remove();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(label.isVisible()).isFalse();
    }

    @Test
    void moving_from_one_case_to_another_leaves_nothing_of_the_first_behind() {
        login("agent");
        String first = newCase();
        openTab("tab-evidence");
        var firstPanel = _get(com.claimdesk.evidence.ui.EvidencePanel.class);
        String second = newCase();
        navigate("cases/" + first);
        navigate("cases/" + second);
        var view = _get(CaseWorkspaceView.class);
        assertThat(view.caseNumber()).isEqualTo(second);
        assertThat(_find(com.claimdesk.evidence.ui.EvidencePanel.class)).doesNotContain(firstPanel);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(presence.othersViewing(first, 0)).isEmpty();
        assertThat(presence.othersViewing(second, 0)).hasSize(1);
    }

    @Test
    void a_refund_above_the_agent_limit_puts_the_case_into_awaiting_approval() {
        login("agent");
        String caseNumber = newCase();
        openTab("tab-negotiation");
        var refunds = _get(com.claimdesk.refund.ui.RefundPanel.class);
        TestFields.set(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withId("refund-amount")),
                new java.math.BigDecimal("480.00"));
        TestFields.set(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("refund-reason")),
                "Customs papers never arrived; buyer keeps nothing");
        _click(_get(refunds, Button.class, s -> s.withId("refund-request")));

        assertThat(service.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
        assertThat(_get(Span.class, s -> s.withId("case-status")).getText()).isEqualTo("Awaiting approval");
    }

    @Autowired
    com.claimdesk.negotiation.NegotiationService negotiation;
    @Autowired
    com.claimdesk.refund.RefundService refundService;

    @Test
    void accepting_the_buyers_offer_prepares_the_refund_that_settles_it() {
        login("agent");
        String caseNumber = newCase(); // order value EUR 86.40
        long id = service.get(caseNumber).id();
        var bottomLine = new com.claimdesk.negotiation.BottomLineForm();
        bottomLine.setMaxAmount(new java.math.BigDecimal("40.00"));
        bottomLine.setAcceptable(java.util.EnumSet.of(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND));
        negotiation.setBottomLine(id, bottomLine);
        var offer = new com.claimdesk.negotiation.NewOffer();
        offer.setProposer(com.claimdesk.negotiation.Proposer.BUYER);
        offer.setResolution(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND);
        offer.setAmount(new java.math.BigDecimal("25.00"));
        offer.setCurrency("EUR");
        negotiation.recordOffer(id, offer, java.time.ZoneOffset.UTC);

        navigate("cases/" + caseNumber);
        openTab("tab-negotiation");
        _click(_get(Button.class, s -> s.withId("offer-accept")));

        var amount = _get(com.vaadin.flow.component.textfield.BigDecimalField.class, s -> s.withId("refund-amount"));
        assertThat(amount.getValue()).isEqualByComparingTo("25.00");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("refund-reason")).getValue())
                .startsWith("Accepted offer: Partial refund");
        _click(_get(Button.class, s -> s.withId("refund-request")));
        var requested = refundService.forCase(id).getFirst();
        assertThat(requested.offerId()).isNotNull();
        assertThat(requested.amount().toString()).isEqualTo("EUR 25.00");
    }

    @Test
    void the_evidence_tab_shows_the_case_gallery() {
        login("agent");
        newCase();
        assertThat(_find(com.claimdesk.evidence.ui.EvidencePanel.class)).isEmpty();
        openTab("tab-evidence");
        _get(com.claimdesk.evidence.ui.EvidencePanel.class);
    }

    @Test
    void the_facts_line_shows_the_case_then_the_first_response_then_the_tags() {
        login("agent");
        String caseNumber = com.claimdesk.TestCases.aCase().buyer("Facts Buyer", "DE", "de")
                .orderValue("120.00", "EUR").tags("vip").open(service);
        navigate("cases/" + caseNumber);
        var facts = _get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, s -> s.withId("case-facts"));
        // the facts come from several features; on the page they are one line, in this order
        var texts = facts.getElement().getTextRecursively();
        assertThat(texts).contains("New", "Quality / Damaged in transit", "Not answered yet", "vip");
        assertThat(texts.indexOf("Quality")).isLessThan(texts.indexOf("Not answered yet"));
        assertThat(texts.indexOf("Not answered yet")).isLessThan(texts.indexOf("vip"));
        assertThat(_get(facts, Span.class, s -> s.withClasses("cd-tag")).getText()).isEqualTo("vip");
    }

    @Test
    void an_unknown_case_number_shows_the_friendly_not_found_page() {
        login("agent");
        navigate("cases/CD-1999-000001");
        _get(NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("not-found-message")).getText())
                .isEqualTo("There is no case CD-1999-000001. Check the number, or search the queue.");
        assertThat(_find(CaseWorkspaceView.class)).isEmpty();
        assertThat(NotFoundException.class).isNotNull();
    }
}
