package com.claimdesk.dossier.ui;

import com.claimdesk.dossier.DossierService;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.security.Role;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Below the case's evidence: the arbitration or chargeback dossier, made from the case in a dialog and stored with
 * the evidence above, so the agent sees it in the gallery and can download it there too.
 */
@SpringComponent
class DossierSection implements CaseSection {

    private final DossierService dossiers;
    private final EvidenceService evidence;

    DossierSection(DossierService dossiers, EvidenceService evidence) {
        this.dossiers = dossiers;
        this.evidence = evidence;
    }

    @Override
    public String tab() {
        return "tab-evidence";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Role requiredRole() {
        return Role.AGENT;
    }

    @Override
    public Component create(CaseContext context) {
        var layout = new VerticalLayout();
        layout.setId("dossier-section");
        layout.setPadding(false);
        layout.setSpacing(false);
        var title = new H3(layout.getTranslation("dossier.section.title"));
        title.getStyle().setMarginBottom("0");
        var hint = new Paragraph(layout.getTranslation("dossier.section.hint"));
        hint.addClassName("cd-muted");
        var open = new Button(layout.getTranslation("dossier.open"), VaadinIcon.FILE_TEXT_O.create(),
                e -> new DossierDialog(dossiers, evidence, context).open());
        open.setId("dossier-open");
        layout.add(title, hint, open);
        return layout;
    }
}
