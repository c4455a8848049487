package com.claimdesk.dossier.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.dossier.DossierDetails;
import com.claimdesk.dossier.DossierLanguage;
import com.claimdesk.dossier.DossierMaterial;
import com.claimdesk.dossier.DossierPart;
import com.claimdesk.dossier.DossierService;
import com.claimdesk.dossier.DossierSummary;
import com.claimdesk.evidence.EvidenceChanged;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.ui.EvidenceLink;
import com.claimdesk.workspace.CaseContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets the agent choose what goes into the dossier: its language, the fixed sections, which messages of the buyer
 * conversation (internal notes are not offered: the service refuses them anyway) and which photos. Choosing nothing
 * is refused here and again by the service. Once made, the dialog offers the file for download and the evidence
 * gallery behind it shows it.
 */
class DossierDialog extends Dialog {

    private static final int EXCERPT = 90;

    private final transient DossierService dossiers;
    private final transient EvidenceService evidence;
    private final CaseContext context;

    final RadioButtonGroup<DossierLanguage> language = new RadioButtonGroup<>();
    final CheckboxGroup<DossierPart> parts = new CheckboxGroup<>();
    final CheckboxGroup<DossierMaterial.MessageChoice> messages = new CheckboxGroup<>();
    final CheckboxGroup<DossierMaterial.PhotoChoice> photos = new CheckboxGroup<>();
    final Div error = new Div();
    final Div result = new Div();
    final Button create = new Button();

    DossierDialog(DossierService dossiers, EvidenceService evidence, CaseContext context) {
        this.dossiers = dossiers;
        this.evidence = evidence;
        this.context = context;
        setId("dossier-dialog");
        setHeaderTitle(getTranslation("dossier.dialog.title", context.caseNumber()));
        setWidth("min(46em, 96vw)");
        DossierMaterial material = dossiers.material(context.caseNumber());

        language.setId("dossier-language");
        language.setLabel(getTranslation("dossier.language"));
        language.setItems(DossierLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("dossier.language." + l.name()));
        language.setValue(DossierLanguage.ENGLISH);

        parts.setId("dossier-parts");
        parts.setLabel(getTranslation("dossier.parts"));
        parts.setItems(DossierPart.values());
        parts.setItemLabelGenerator(p -> getTranslation("dossier.part." + p.name()));
        parts.setValue(EnumSet.allOf(DossierPart.class));

        messages.setId("dossier-messages");
        messages.setLabel(getTranslation("dossier.messages", material.messages().size()));
        messages.setHelperText(getTranslation("dossier.messages.hint"));
        messages.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        messages.setItems(material.messages());
        messages.setItemLabelGenerator(m -> Labels.of(m.kind()) + " · " + m.authorName() + " · "
                + Formats.dateTime(m.sentAt()) + " — " + excerpt(m.body()));
        messages.setValue(Set.copyOf(material.messages()));

        photos.setId("dossier-photos");
        photos.setLabel(getTranslation("dossier.photos", material.photos().size()));
        photos.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        photos.setItems(material.photos());
        photos.setItemLabelGenerator(p -> (p.caption() == null ? p.fileName() : p.caption()) + " · "
                + Labels.of(p.source()) + " · " + p.fileName());
        photos.setValue(Set.copyOf(material.photos()));

        var none = new Paragraph(getTranslation("dossier.material.none"));
        none.addClassName("cd-muted");
        none.setVisible(material.messages().isEmpty() && material.photos().isEmpty());
        messages.setVisible(!material.messages().isEmpty());
        photos.setVisible(!material.photos().isEmpty());

        error.setId("dossier-error");
        error.addClassName("cd-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        result.setId("dossier-result");
        result.setVisible(false);

        var body = new VerticalLayout(language, parts, messages, photos, none, error, result);
        body.setPadding(false);
        add(body);

        create.setText(getTranslation("dossier.create"));
        create.setId("dossier-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> create());
        var close = new Button(getTranslation("dossier.close"), e -> close());
        close.setId("dossier-close");
        getFooter().add(close, create);
    }

    private void create() {
        try {
            var details = new DossierDetails(language.getValue() == null ? DossierLanguage.ENGLISH : language.getValue(),
                    parts.getValue(),
                    messages.getValue().stream().map(DossierMaterial.MessageChoice::id).collect(Collectors.toSet()),
                    photos.getValue().stream().map(DossierMaterial.PhotoChoice::id).collect(Collectors.toSet()),
                    Formats.zone());
            if (!details.hasContent()) {
                showError(getTranslation("dossier.error.nothingChosen"));
                return;
            }
            error.setVisible(false);
            Attempt.get(() -> dossiers.create(context.caseNumber(), details), this::showError).ifPresent(this::made);
        } finally {
            create.setEnabled(true);
        }
    }

    private void made(DossierSummary dossier) {
        context.publish(new EvidenceChanged(context.caseId(), dossier.evidenceId(), false));
        var link = new EvidenceLink(evidence, dossier.evidenceId(), dossier.fileName());
        link.setId("dossier-download");
        result.removeAll();
        var made = new Paragraph(getTranslation("dossier.made", dossier.pages()));
        made.getStyle().setColor("var(--lumo-success-text-color)").setMarginBottom("var(--lumo-space-xs)");
        result.add(made, link);
        result.setVisible(true);
        Notifications.success(getTranslation("dossier.made.notification", dossier.fileName()));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static String excerpt(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }
}
