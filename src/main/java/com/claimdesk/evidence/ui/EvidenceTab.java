package com.claimdesk.evidence.ui;

import com.claimdesk.evidence.EvidenceChanged;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The case page's evidence tab: the gallery and the upload, built when first opened. It follows the evidence other
 * parts of the page add ({@link EvidenceChanged} published on the page).
 */
@SpringComponent
class EvidenceTab implements CaseTab {

    private final EvidenceService evidence;

    EvidenceTab(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public String id() {
        return "tab-evidence";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String titleKey() {
        return "tab.evidence";
    }

    @Override
    public Component create(CaseContext context) {
        var panel = new EvidencePanel(evidence, context.caseId());
        // another part of the page stored evidence (the dossier): the gallery shows it at once
        context.subscribe(EvidenceChanged.class, changed -> panel.refresh());
        return panel;
    }
}
