package com.claimdesk.security.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.security.ApiTokenService;
import com.claimdesk.security.ApiTokenSummary;
import com.claimdesk.security.NewApiToken;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserService;
import com.claimdesk.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * API tokens, for admins: create one for a user and some of that user's case roles (the secret is shown once),
 * see when each was last used, revoke.
 */
@Route("admin/api-tokens")
@Menu(order = 92, icon = "vaadin:key", title = "nav.apiTokens")
@RolesAllowed(Role.ADMIN_ROLE)
class ApiTokenAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    private final transient UserService users;
    private final transient Clock clock;
    final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokenAdminView(ApiTokenService tokens, UserService users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        setSizeFull();
        var create = new Button(getTranslation("apiTokens.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("new-api-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var hint = new Paragraph(getTranslation("apiTokens.hint"));
        hint.addClassName("cd-hint");

        grid.setId("api-tokens-grid");
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("apiTokens.name")).setAutoWidth(true);
        grid.addColumn(t -> "cdk_" + t.prefix() + "_…").setHeader(getTranslation("apiTokens.prefix")).setAutoWidth(true);
        grid.addColumn(ApiTokenSummary::ownerName).setHeader(getTranslation("apiTokens.owner")).setAutoWidth(true);
        grid.addColumn(t -> t.roles().stream().sorted().map(Labels::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("apiTokens.roles")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader(getTranslation("apiTokens.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiTokens.never") : Formats.dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("apiTokens.lastUsed")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("apiTokens.state")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            var revoke = new Button(getTranslation("apiTokens.revoke"), e -> confirmRevoke(t));
            revoke.setId("revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(!t.revoked());
            return revoke;
        }).setAutoWidth(true);
        add(hint, create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    String state(ApiTokenSummary t) {
        if (t.revoked()) {
            return getTranslation("apiTokens.revoked", Formats.dateTime(t.revokedAt()));
        }
        if (t.expired(clock.instant())) {
            return getTranslation("apiTokens.expired");
        }
        return getTranslation("apiTokens.active") + (t.expiresAt() == null ? ""
                : " · " + Formats.dateTime(t.expiresAt()));
    }

    void refresh() {
        grid.setItems(tokens.list());
    }

    void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("apiTokens.new"));
        var binder = new BeanValidationBinder<>(NewApiToken.class);
        var name = new TextField(getTranslation("apiTokens.name"));
        name.setId("token-name");
        var owner = new ComboBox<UserSummary>(getTranslation("apiTokens.owner"));
        owner.setId("token-owner");
        owner.setItems(users.listUsers().stream().filter(UserSummary::enabled).toList());
        owner.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        var roles = new MultiSelectComboBox<Role>(getTranslation("apiTokens.roles"));
        roles.setId("token-roles");
        roles.setItems(NewApiToken.GRANTABLE.stream().sorted().toList());
        roles.setItemLabelGenerator(Labels::of);
        var expires = new DatePicker(getTranslation("apiTokens.expires"));
        expires.setId("token-expires");
        expires.setMin(LocalDate.now(clock).plusDays(1));
        binder.forField(name).bind("name");
        binder.forField(owner).asRequired(getTranslation("field.required"))
                .bind(b -> null, (b, u) -> b.setOwnerId(u == null ? null : u.id()));
        binder.forField(roles).bind("roles");
        binder.forField(expires).bind("expiresOn");
        var bean = new NewApiToken();
        binder.readBean(bean);
        var save = new Button(getTranslation("action.create"), e -> {
            if (!binder.writeBeanIfValid(bean)) {
                return; // messages are shown at the fields
            }
            Attempt.get(() -> tokens.create(bean).secret()).ifPresent(secret -> {
                dialog.close();
                refresh();
                showSecret(secret);
            });
        });
        save.setId("create-api-token");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, owner, roles, expires));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showSecret(String secret) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("apiTokens.secretTitle"));
        var text = new TextArea();
        text.setId("api-token-secret");
        text.setValue(secret);
        text.setReadOnly(true);
        text.setWidthFull();
        dialog.add(new Paragraph(getTranslation("apiTokens.secretText")), text);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("36em");
        dialog.open();
    }

    void confirmRevoke(ApiTokenSummary t) {
        var confirm = new ConfirmDialog(getTranslation("apiTokens.revoke"),
                getTranslation("apiTokens.revokeConfirm", t.name()), getTranslation("apiTokens.revoke"), e -> {
                    Attempt.run(() -> tokens.revoke(t.id()));
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiTokens.title");
    }
}
