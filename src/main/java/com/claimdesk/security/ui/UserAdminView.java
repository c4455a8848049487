package com.claimdesk.security.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.security.NewUser;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserService;
import com.claimdesk.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.stream.Collectors;

/** Users and roles, for admins: create, disable or enable, reset a password, change roles. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.ADMIN_ROLE)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService userService;
    final Grid<UserSummary> grid = new Grid<>();

    UserAdminView(UserService userService) {
        this.userService = userService;
        setSizeFull();
        var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(Labels::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled")
                        + (u.mustChangePassword() ? " · " + getTranslation("users.mustChange") : ""))
                .setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.createdAt())).setHeader(getTranslation("users.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        add(create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout actions(UserSummary u) {
        var roles = new Button(getTranslation("users.editRoles"), e -> openRolesDialog(u));
        roles.setId("roles-" + u.username());
        var toggle = new Button(getTranslation(u.enabled() ? "users.disable" : "users.enable"), e -> {
            if (Attempt.run(() -> userService.setEnabled(u.id(), !u.enabled()))) {
                refresh();
            }
        });
        toggle.setId("toggle-" + u.username());
        var reset = new Button(getTranslation("users.resetPassword"), e -> confirmReset(u));
        reset.setId("reset-" + u.username());
        for (var b : new Button[]{roles, toggle, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(roles, toggle, reset);
    }

    void refresh() {
        grid.setItems(userService.listUsers());
    }

    void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.new"));
        var binder = new BeanValidationBinder<>(NewUser.class);
        var username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        var displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("new-display-name");
        var email = new EmailField(getTranslation("users.email"));
        email.setId("new-email");
        var roles = roleSelect();
        roles.setId("new-roles");
        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(roles).bind("roles");
        var bean = new NewUser();
        binder.readBean(bean);
        var save = new Button(getTranslation("action.create"), e -> {
            if (!binder.writeBeanIfValid(bean)) {
                return; // messages are shown at the fields
            }
            Attempt.get(() -> userService.createUser(bean)).ifPresent(oneTime -> {
                dialog.close();
                refresh();
                showOneTimePassword(bean.getUsername(), oneTime);
            });
        });
        save.setId("create-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, displayName, email, roles));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openRolesDialog(UserSummary u) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.editRolesOf", u.displayName()));
        var roles = roleSelect();
        roles.setValue(u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles()));
        var save = new Button(getTranslation("action.save"), e -> {
            if (Attempt.run(() -> userService.setRoles(u.id(), roles.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmReset(UserSummary u) {
        var confirm = new ConfirmDialog(getTranslation("users.resetPassword"),
                getTranslation("users.resetConfirm", u.displayName()), getTranslation("users.resetPassword"), e -> {
                    String oneTime = userService.resetPassword(u.id());
                    refresh();
                    showOneTimePassword(u.username(), oneTime);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void showOneTimePassword(String username, String oneTime) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.oneTimeTitle"));
        var password = new Span(oneTime);
        password.setId("one-time-password");
        password.addClassName("cd-one-time-password");
        dialog.add(new Paragraph(getTranslation("users.oneTimeText", username)), password);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private MultiSelectComboBox<Role> roleSelect() {
        var roles = new MultiSelectComboBox<Role>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Labels::of);
        return roles;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
