package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.security.Role;
import com.claimdesk.settings.TeamSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Opening a case by hand: what the buyer complains about, the order, the buyer and the shipment. */
@Route("cases/new")
@Menu(order = 2, icon = "vaadin:plus-circle", title = "nav.newCase")
@RolesAllowed(Role.AGENT_ROLE)
class NewComplaintView extends VerticalLayout implements HasDynamicTitle {

    private final transient ComplaintService service;
    private final ComplaintForm form;
    private final Div formError = new Div();
    final Div orderHint = new Div();

    NewComplaintView(ComplaintService service, TeamSettingsService settings, java.time.Clock clock) {
        this.service = service;
        this.form = new ComplaintForm(settings.currencies(), clock);
        addClassName("cd-new-case");
        setMaxWidth("72em");
        form.read(new ComplaintDetails());

        formError.setId("form-error");
        formError.addClassName("cd-form-error");
        formError.setVisible(false);

        orderHint.setId("order-found");
        orderHint.addClassName("cd-hint");
        orderHint.setVisible(false);
        form.marketplace.addValueChangeListener(e -> lookUpOrder());
        form.orderNumber.addValueChangeListener(e -> lookUpOrder());

        var save = new Button(getTranslation("newCase.save"), e -> save());
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(ComplaintListView.class)));
        cancel.setId("cancel-case");
        var actions = new HorizontalLayout(save, cancel);
        actions.addClassName("cd-sticky-actions");
        add(formError, orderHint, form, actions);
    }

    /**
     * A known order (imported, or sent by the order system) fills in the order, buyer and shipment fields the
     * agent has not typed yet; what the agent typed is kept.
     */
    void lookUpOrder() {
        var found = service.prefill(form.marketplace.getValue(), form.orderNumber.getValue());
        orderHint.setVisible(found.isPresent());
        if (found.isEmpty()) {
            return;
        }
        var order = found.get();
        var typed = new ComplaintDetails();
        form.writeUnchecked(typed);
        form.read(OrderPrefill.merge(typed, order));
        orderHint.setText(getTranslation("newCase.orderFound"));
    }

    void save() {
        var details = new ComplaintDetails();
        var problem = form.write(details);
        if (problem.isPresent()) {
            showError(problem.get());
            return;
        }
        // the server's own check may refuse what the form let through: it says why, and everything typed stays
        Attempt.get(() -> service.open(details), this::showError).ifPresent(caseNumber -> {
            Notifications.success(getTranslation("newCase.created", caseNumber));
            getUI().ifPresent(ui -> ui.navigate("cases/" + caseNumber));
        });
    }

    private void showError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newCase.title");
    }
}
