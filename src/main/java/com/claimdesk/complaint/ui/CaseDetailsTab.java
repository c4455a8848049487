package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.settings.TeamSettingsService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The case page's last tab: every field of the case, editable. */
@SpringComponent
class CaseDetailsTab implements CaseTab {

    private final ComplaintService service;
    private final TeamSettingsService settings;

    private final java.time.Clock clock;

    CaseDetailsTab(ComplaintService service, TeamSettingsService settings, java.time.Clock clock) {
        this.clock = clock;
        this.service = service;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "tab-details";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String titleKey() {
        return "tab.details";
    }

    @Override
    public Component create(CaseContext context) {
        return new CaseDetails(service, settings.currencies(), context, clock);
    }
}
