package com.claimdesk.security.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UserAdminViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_creates_a_user_who_must_then_choose_a_password() {
        login("admin");
        navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("new-user")));
        String username = "n" + UUID.randomUUID().toString().substring(0, 8);
        TestFields.set(_get(TextField.class, s -> s.withId("new-username")), username);
        TestFields.set(_get(TextField.class, s -> s.withId("new-display-name")), "Zhou Qi 周琦");
        TestFields.set(_get(EmailField.class, s -> s.withId("new-email")), username + "@example.com");
        TestFields.set(_get(MultiSelectComboBox.class, s -> s.withId("new-roles")), Set.of(Role.MANAGER));
        _click(_get(Button.class, s -> s.withId("create-user")));

        String oneTime = _get(Span.class, s -> s.withId("one-time-password")).getText();
        assertThat(oneTime).hasSize(14);
        var grid = _get(UserAdminView.class).grid;
        assertThat(grid.getListDataView().getItems().map(UserSummary::username)).contains(username);

        // the new user signs in and is kept on the password page until they choose their own
        tearDownAndSetUp();
        login(username);
        navigate("cases");
        _get(ChangePasswordView.class);
        TestFields.set(_get(PasswordField.class, s -> s.withId("current-password")), oneTime);
        TestFields.set(_get(PasswordField.class, s -> s.withId("new-password")), "my-own-secret");
        TestFields.set(_get(PasswordField.class, s -> s.withId("repeat-password")), "my-own-secret");
        _click(_get(Button.class, s -> s.withId("save-password")));
        navigate("cases");
        assertThat(_find(ChangePasswordView.class)).isEmpty();
    }

    @Test
    void an_invalid_username_is_explained_at_the_field() {
        login("admin");
        navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("new-user")));
        var username = _get(TextField.class, s -> s.withId("new-username"));
        TestFields.set(username, "ab");
        _click(_get(Button.class, s -> s.withId("create-user")));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("A username has 3 to 64 characters.");
    }

    private void tearDownAndSetUp() {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        com.claimdesk.TestUsers.logout();
        setUpVaadinAgain();
    }
}
