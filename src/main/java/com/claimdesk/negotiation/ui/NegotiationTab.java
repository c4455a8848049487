package com.claimdesk.negotiation.ui;

import com.claimdesk.negotiation.GuidanceService;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.settings.TeamSettingsService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The case page's negotiation tab. An accepted offer moves the case toward settlement on the server, so the page
 * shows the case again; the accepted {@link com.claimdesk.negotiation.OfferRound} is published on the page for the
 * parts that act on it (the refund that settles it).
 */
@SpringComponent
class NegotiationTab implements CaseTab {

    static final String ID = "tab-negotiation";

    private final NegotiationService negotiation;
    private final GuidanceService guidance;
    private final TeamSettingsService settings;

    NegotiationTab(NegotiationService negotiation, GuidanceService guidance, TeamSettingsService settings) {
        this.negotiation = negotiation;
        this.guidance = guidance;
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String titleKey() {
        return "tab.negotiation";
    }

    @Override
    public Component create(CaseContext context) {
        var panel = new NegotiationPanel(negotiation, guidance, context.caseId(), settings.currencies());
        panel.onAccepted(round -> {
            context.caseChanged();
            context.publish(round);
        });
        return panel;
    }
}
