package com.claimdesk.audit.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditRecord;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history tab names every field in words, also the values other features record (the kind of a message, the
 * approval a refund needed), although the trail knows none of those features.
 */
class HistoryTabTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    RefundService refunds;

    @Test
    void the_history_tab_is_read_when_opened_and_names_what_other_features_recorded() {
        login("agent");
        String number = TestCases.aCase().buyer("History Buyer", "US", "en").orderValue("400.00", "USD")
                .open(complaints);
        long id = complaints.get(number).id();
        var reply = new NewMessage();
        reply.setKind(MessageKind.REPLY);
        reply.setChannel(com.claimdesk.messaging.MessageChannel.PLATFORM_MESSAGE);
        reply.setLanguage("en");
        reply.setBody("We are sorry, a new one is on its way.");
        threads.add(id, reply, ZoneOffset.UTC);
        var refund = new NewRefund();
        refund.setAmount(new BigDecimal("480.00"));
        refund.setCurrency("USD");
        refund.setMethod(RefundMethod.PAYPAL);
        refund.setReason("Broken on arrival");
        refunds.request(id, refund);

        navigate("cases/" + number);
        assertThat(_find(HistoryPanel.class)).as("built when the tab is opened").isEmpty();
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-history")));
        var history = _get(HistoryPanel.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class, s -> s.withId("history-grid"));
        var lines = grid.getListDataView().getItems().toList();
        assertThat(lines).filteredOn(r -> r.action() == AuditAction.MESSAGE_ADDED).singleElement()
                .satisfies(r -> assertThat(history.fieldLabel(r)).isEqualTo("Reply"));
        assertThat(lines).filteredOn(r -> r.action() == AuditAction.REFUND_REQUESTED).singleElement()
                .satisfies(r -> assertThat(history.fieldLabel(r)).isEqualTo("Manager"));
    }
}
