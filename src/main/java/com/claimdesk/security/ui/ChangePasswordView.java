package com.claimdesk.security.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Choosing a new password; a user with a one-time password is sent here until they do. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService userService;
    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();

    ChangePasswordView(UserService userService) {
        this.userService = userService;
        setMaxWidth("32em");
        if (CurrentUser.get().map(u -> u.mustChangePassword()).orElse(false)) {
            var notice = new Paragraph(getTranslation("password.mustChange"));
            notice.setId("must-change-notice");
            notice.addClassName("cd-warning");
            add(notice);
        }
        current.setId("current-password");
        current.setLabel(getTranslation("password.current"));
        current.setRequiredIndicatorVisible(true);
        next.setId("new-password");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", UserService.MIN_PASSWORD_LENGTH));
        next.setRequiredIndicatorVisible(true);
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        var save = new Button(getTranslation("password.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    void save() {
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (next.getValue().length() < UserService.MIN_PASSWORD_LENGTH) {
            next.setErrorMessage(getTranslation("password.error.tooShort", UserService.MIN_PASSWORD_LENGTH));
            next.setInvalid(true);
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        if (Attempt.run(() -> userService.changeOwnPassword(current.getValue(), next.getValue()))) {
            Notifications.success(getTranslation("password.changed"));
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
