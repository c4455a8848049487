package com.claimdesk.complaint.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.SavedFilterCriteria;
import com.claimdesk.complaint.SavedFilterService;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Saves the queue's current filter set by name, for me or (managers and team leads) for the team. The name is
 * checked here as the server checks it again: required, at most {@link SavedFilterService#MAX_NAME} characters, and
 * not taken (that one only the server knows).
 */
class SaveViewDialog extends Dialog {

    SaveViewDialog(SavedFilterService views, SavedFilterCriteria criteria) {
        setHeaderTitle(getTranslation("savedView.save.title"));
        setId("save-view-dialog");
        var name = new TextField(getTranslation("savedView.name"));
        name.setId("saved-view-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(SavedFilterService.MAX_NAME);
        name.setWidthFull();
        var team = new Checkbox(getTranslation("savedView.forTeam"));
        team.setId("saved-view-team");
        team.setVisible(CurrentUser.get().map(u -> u.hasRole(Role.MANAGER)).orElse(false));
        var layout = new VerticalLayout(name, team);
        layout.setPadding(false);
        add(layout);

        var save = new Button(getTranslation("action.save"), e -> {
            try {
                SavedFilterService.validName(name.getValue());
            } catch (DomainException invalid) {
                name.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                name.setInvalid(true);
                return;
            }
            Attempt.get(() -> views.save(name.getValue(), team.getValue(), criteria), problem -> {
                name.setErrorMessage(problem);
                name.setInvalid(true);
            }).ifPresent(saved -> {
                close();
                Notifications.success(getTranslation("savedView.saved", saved.name()));
                SavedViewsChanged.fire();
            });
        });
        save.setId("saved-view-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
