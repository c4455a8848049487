package com.claimdesk.evidence.ui;

import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Hosts the panel the way the case page will, for the browser journey (tests only). */
@Route(value = "test/evidence/:caseId", autoLayout = false)
@RolesAllowed(Role.AGENT_ROLE)
class EvidenceTestView extends Div implements BeforeEnterObserver {

    private final transient EvidenceService service;

    EvidenceTestView(EvidenceService service) {
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new EvidencePanel(service, Long.parseLong(event.getRouteParameters().get("caseId").orElseThrow())));
    }
}
