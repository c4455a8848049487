package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.util.function.Consumer;

/**
 * Closing a resolved case: root cause and responsibility (required: the team learns nothing from a case closed
 * without them) and a prevention note. A closed case shows what was recorded.
 */
public class ClosingPanel extends VerticalLayout {

    public final EnumSelect<RootCause> rootCause = new EnumSelect<>(RootCause.class);
    public final EnumSelect<Responsibility> responsibility = new EnumSelect<>(Responsibility.class);
    public final TextArea preventionNote = new TextArea();
    public final Button close = new Button();
    private final BeanValidationBinder<ClosingDetails> binder = new BeanValidationBinder<>(ClosingDetails.class);

    ClosingPanel(ComplaintService service, ComplaintSnapshot snapshot, Consumer<ComplaintSnapshot> afterClose) {
        setPadding(false);
        setId("closing");
        ClosingDetails recorded = snapshot.closing();
        boolean alreadyClosed = snapshot.status() == ComplaintStatus.CLOSED && recorded != null;
        add(new H3(getTranslation(alreadyClosed ? "closing.doneTitle" : "closing.title")));
        if (alreadyClosed) {
            var summary = new Paragraph(getTranslation("closing.summary", Labels.of(recorded.getRootCause()),
                    Labels.of(recorded.getResponsibility())));
            summary.setId("closing-summary");
            add(summary);
            if (recorded.getPreventionNote() != null) {
                var note = new Paragraph(getTranslation("closing.preventionShown", recorded.getPreventionNote()));
                note.setId("closing-prevention");
                add(note);
            }
            return;
        }
        if (snapshot.status() != ComplaintStatus.RESOLVED) {
            var hint = new Paragraph(getTranslation("closing.notYet"));
            hint.setId("closing-not-yet");
            hint.addClassName("cd-muted");
            add(hint);
            return;
        }
        rootCause.setId("closing-root-cause");
        rootCause.setLabel(getTranslation("closing.rootCause"));
        rootCause.setRequiredIndicatorVisible(true);
        responsibility.setId("closing-responsibility");
        responsibility.setLabel(getTranslation("closing.responsibility"));
        responsibility.setRequiredIndicatorVisible(true);
        preventionNote.setId("closing-prevention-note");
        preventionNote.setLabel(getTranslation("closing.preventionNote"));
        preventionNote.setHelperText(getTranslation("closing.preventionHint"));
        preventionNote.setMaxLength(ClosingDetails.MAX_NOTE);
        preventionNote.setWidthFull();
        binder.forField(rootCause).asRequired(getTranslation("complaint.close.rootCauseRequired")).bind("rootCause");
        binder.forField(responsibility).asRequired(getTranslation("complaint.close.responsibilityRequired"))
                .bind("responsibility");
        binder.forField(preventionNote).bind("preventionNote");
        binder.readBean(recorded == null ? new ClosingDetails() : recorded);
        close.setText(getTranslation("closing.close"));
        close.setId("closing-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> {
            var details = new ClosingDetails();
            if (!binder.writeBeanIfValid(details)) {
                return;
            }
            Attempt.get(() -> service.close(snapshot.caseNumber(), snapshot.version(), details)).ifPresent(closed -> {
                Notifications.success(getTranslation("closing.closed"));
                afterClose.accept(closed);
            });
        });
        var selects = new HorizontalLayout(rootCause, responsibility);
        selects.setWrap(true);
        selects.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(selects, preventionNote, close);
    }
}
