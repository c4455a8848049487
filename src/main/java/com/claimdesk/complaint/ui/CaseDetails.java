package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.workspace.CaseContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Every field of the case, editable, with Save. Saving sends the version the page shows, so a colleague's newer
 * change is never overwritten silently; the form then keeps what this user typed. When the case changes otherwise
 * (a deadline extended the promised delivery date), an untouched form shows the new values and a touched one takes
 * only that date, so nothing typed is lost.
 */
class CaseDetails extends VerticalLayout {

    private final transient ComplaintService service;
    private final transient CaseContext context;
    private final ComplaintForm form;
    private final Div formError = new Div();
    /** The promised delivery date the form last read, to tell whether the case's own date moved since. */
    private LocalDate promisedAsRead;
    /** While a refused save shows the case as it is now, the form keeps everything as typed. */
    private boolean keepTyping;

    CaseDetails(ComplaintService service, Collection<String> currencies, CaseContext context, java.time.Clock clock) {
        this.service = service;
        this.context = context;
        this.form = new ComplaintForm(currencies, clock);
        setPadding(false);
        formError.setId("form-error");
        formError.addClassName("cd-form-error");
        formError.setVisible(false);
        var save = new Button(getTranslation("case.save"), e -> save());
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(save);
        actions.addClassName("cd-sticky-actions");
        add(formError, form, actions);
        read(now().details());
        context.onChange(this::caseChanged);
    }

    private ComplaintSnapshot now() {
        return context.snapshot(ComplaintSnapshot.class);
    }

    private void read(ComplaintDetails details) {
        form.read(details);
        promisedAsRead = details.getShipment().promisedDeliveryOn();
    }

    void save() {
        formError.setVisible(false);
        var details = new ComplaintDetails();
        var problem = form.write(details);
        if (problem.isPresent()) {
            showError(problem.get());
            return;
        }
        keepTyping = true;
        boolean saved;
        try {
            saved = CaseChanges.run(context, () -> service.update(now().caseNumber(), now().version(), details),
                    this::showError);
        } finally {
            keepTyping = false;
        }
        if (saved) {
            context.caseChanged();
            read(now().details());
            Notifications.success(getTranslation("case.saved"));
        }
    }

    private void caseChanged() {
        if (keepTyping) {
            return;
        }
        ComplaintDetails fresh = now().details();
        if (!form.hasChanges()) {
            read(fresh);
        } else if (!Objects.equals(promisedAsRead, fresh.getShipment().promisedDeliveryOn())) {
            form.promisedDeliveryOn.setValue(fresh.getShipment().promisedDeliveryOn());
            promisedAsRead = fresh.getShipment().promisedDeliveryOn();
        }
    }

    private void showError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }
}
