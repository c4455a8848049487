package com.claimdesk.security;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private NewUser newUser(String username, Role... roles) {
        var u = new NewUser();
        u.setUsername(username);
        u.setDisplayName("Test " + username);
        u.setEmail(username + "@example.com");
        u.setRoles(EnumSet.of(roles[0], roles));
        return u;
    }

    @Test
    void an_admin_creates_a_user_whose_one_time_password_must_be_changed() {
        TestUsers.login(users, "admin");
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = users.createUser(newUser(username, Role.MANAGER));

        ClaimDeskUserDetails details = users.loadUserByUsername(username);
        assertThat(details.getPassword()).startsWith("{bcrypt}");
        assertThat(encoder.matches(oneTime, details.getPassword())).isTrue();
        assertThat(details.mustChangePassword()).isTrue();
        assertThat(details.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_AGENT");
    }

    @Test
    void a_user_changes_a_one_time_password_and_the_flag_is_cleared() {
        TestUsers.login(users, "admin");
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = users.createUser(newUser(username, Role.AGENT));

        TestUsers.login(users, username);
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "new-secret-1"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("password.error.currentWrong");
        assertThatThrownBy(() -> users.changeOwnPassword(oneTime, "short"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("password.error.tooShort");
        users.changeOwnPassword(oneTime, "new-secret-1");

        assertThat(CurrentUser.require().mustChangePassword()).isFalse();
        var stored = users.loadUserByUsername(username);
        assertThat(stored.mustChangePassword()).isFalse();
        assertThat(encoder.matches("new-secret-1", stored.getPassword())).isTrue();
    }

    @Test
    void usernames_are_unique_regardless_of_case() {
        TestUsers.login(users, "admin");
        assertThatThrownBy(() -> users.createUser(newUser("AGENT", Role.AGENT)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("user.error.usernameTaken");
    }

    @Test
    void invalid_new_users_are_refused_by_the_server() {
        TestUsers.login(users, "admin");
        var bad = newUser("x", Role.AGENT);
        bad.setEmail("not-an-email");
        assertThatThrownBy(() -> users.createUser(bad)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void the_last_admin_can_be_neither_disabled_nor_demoted_and_nobody_disables_themselves() {
        TestUsers.login(users, "admin");
        long adminId = CurrentUser.id();
        assertThatThrownBy(() -> users.setEnabled(adminId, false))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("user.error.disableSelf");
        assertThatThrownBy(() -> users.setRoles(adminId, EnumSet.of(Role.AGENT)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("user.error.lastAdmin");
    }

    @Test
    void a_disabled_user_is_loaded_as_disabled_so_sign_in_fails() {
        TestUsers.login(users, "admin");
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(newUser(username, Role.AGENT));
        long id = users.listUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
        users.setEnabled(id, false);
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    void reset_password_gives_a_new_one_time_password() {
        TestUsers.login(users, "admin");
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(newUser(username, Role.AGENT));
        long id = users.listUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
        String oneTime = users.resetPassword(id);
        var agent = users.loadUserByUsername(username);
        assertThat(agent.mustChangePassword()).isTrue();
        assertThat(encoder.matches(oneTime, agent.getPassword())).isTrue();
    }

    @Test
    void agents_and_managers_cannot_administer_users() {
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createUser(newUser("sneaky", Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_chosen_language_is_remembered_per_user() {
        TestUsers.login(users, "agent2");
        users.setOwnLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(users.loadUserByUsername("agent2").locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        users.setOwnLocale(Locale.ENGLISH);
    }

    @Test
    void the_case_workers_are_read_in_one_statement_however_many_users_there_are() {
        TestUsers.login(users, "admin");
        for (int i = 0; i < 3; i++) {
            users.createUser(newUser("w" + UUID.randomUUID().toString().substring(0, 8), Role.AGENT));
        }
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            assertThat(users.listCaseWorkers()).hasSizeGreaterThan(3);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
