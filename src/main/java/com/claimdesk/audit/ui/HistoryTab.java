package com.claimdesk.audit.ui;

import com.claimdesk.audit.AuditService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The case page's history tab: the audit trail, read again each time the tab is opened. */
@SpringComponent
class HistoryTab implements CaseTab {

    private final AuditService audit;

    HistoryTab(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String id() {
        return "tab-history";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String titleKey() {
        return "tab.history";
    }

    @Override
    public Lifetime lifetime() {
        return Lifetime.OPENING;
    }

    @Override
    public Component create(CaseContext context) {
        var history = new HistoryPanel(audit);
        history.show(context.caseId());
        return history;
    }
}
