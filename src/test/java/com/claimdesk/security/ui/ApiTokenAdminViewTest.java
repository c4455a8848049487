package com.claimdesk.security.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.security.ApiTokenAuthenticator;
import com.claimdesk.security.ApiTokenSummary;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumSet;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenAdminViewTest extends KaribuTest {

    @Autowired
    ApiTokenAuthenticator authenticator;

    @SuppressWarnings("unchecked")
    @Test
    void an_admin_creates_a_token_sees_it_once_and_revokes_it() {
        login("admin");
        navigate("admin/api-tokens");
        String name = "ERP " + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, s -> s.withId("new-api-token")));
        TestFields.set(_get(TextField.class, s -> s.withId("token-name")), name);
        ComboBox<UserSummary> owner = _get(ComboBox.class, s -> s.withId("token-owner"));
        TestFields.set(owner, owner.getListDataView().getItems().filter(u -> u.username().equals("manager"))
                .findFirst().orElseThrow());
        TestFields.set((MultiSelectComboBox<Role>) _get(MultiSelectComboBox.class, s -> s.withId("token-roles")),
                EnumSet.of(Role.MANAGER));
        _click(_get(Button.class, s -> s.withId("create-api-token")));

        String secret = _get(TextArea.class, s -> s.withId("api-token-secret")).getValue();
        assertThat(secret).startsWith("cdk_");
        var auth = authenticator.authenticate(secret).orElseThrow();
        assertThat(auth.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_MANAGER");

        var view = _get(ApiTokenAdminView.class);
        ApiTokenSummary row = view.grid.getListDataView().getItems().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(secret).contains("_" + row.prefix() + "_");
        assertThat(view.state(row)).isEqualTo("Active");

        view.confirmRevoke(row); // what the row's Revoke button does
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(authenticator.authenticate(secret)).isEmpty();
        ApiTokenSummary revoked = view.grid.getListDataView().getItems().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
        assertThat(view.state(revoked)).startsWith("Revoked");
    }

    @Test
    void only_admins_manage_tokens() {
        login("lead");
        assertThatThrownBy(() -> navigate("admin/api-tokens")).hasMessageContaining("Access is denied");
    }
}
