package com.claimdesk.settlement.ui;

import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.settings.TeamSettingsService;
import com.claimdesk.settlement.SettlementService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The case page's outcome tab: the settlement (closing follows as a section of the case's own module). Built for the
 * version of the case it shows, so that what it saves and the closing below it send that version.
 */
@SpringComponent
class OutcomeTab implements CaseTab {

    private final SettlementService settlements;
    private final TeamSettingsService settings;

    OutcomeTab(SettlementService settlements, TeamSettingsService settings) {
        this.settlements = settlements;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "tab-outcome";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String titleKey() {
        return "tab.outcome";
    }

    @Override
    public Lifetime lifetime() {
        return Lifetime.VERSION;
    }

    @Override
    public Component create(CaseContext context) {
        var s = context.snapshot(ComplaintSnapshot.class);
        return new SettlementPanel(settlements, s.id(), s.details().getOrderCurrency(),
                s.status() != ComplaintStatus.CLOSED, settings.currencies(), context::caseChanged,
                // a ledger refund now waits for approval: show the case waiting, keep what the form holds
                context::caseChangedKeepingThis);
    }
}
