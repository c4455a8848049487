package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Closing the case, below the settlement on the outcome tab: built with it, for the version it shows. */
@SpringComponent
class ClosingSection implements CaseSection {

    private final ComplaintService service;

    ClosingSection(ComplaintService service) {
        this.service = service;
    }

    @Override
    public String tab() {
        return CaseNextSteps.OUTCOME_TAB;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(CaseContext context) {
        return new ClosingPanel(service, context.snapshot(ComplaintSnapshot.class), closed -> context.caseChanged());
    }
}
