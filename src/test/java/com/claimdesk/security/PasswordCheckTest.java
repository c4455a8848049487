package com.claimdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password check does the same work (one bcrypt comparison) whatever the name: a timing difference would tell
 * which accounts exist or are disabled. Counted comparisons, not timed ones.
 */
class PasswordCheckTest {

    private int comparisons;

    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons++;
            return bcrypt.matches(raw, encoded);
        }
    };

    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("alice").password(bcrypt.encode("alice-pass")).roles("AGENT").build(),
            User.withUsername("bob").password(bcrypt.encode("bob-pass")).roles("AGENT").disabled(true).build());

    private final DaoAuthenticationProvider check = ThrottledAuthenticationProvider.passwordCheck(users, counting);

    private void attempt(String name, String password) {
        comparisons = 0;
        check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    @Test
    void an_unknown_name_is_still_compared_against_a_hash() {
        assertThatThrownBy(() -> attempt("mallory", "x")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).isEqualTo(1);
    }

    @Test
    void a_disabled_account_has_its_password_checked_before_it_is_refused() {
        assertThatThrownBy(() -> attempt("bob", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).isEqualTo(1);
        assertThatThrownBy(() -> attempt("bob", "bob-pass")).isInstanceOf(DisabledException.class);
        assertThat(comparisons).isEqualTo(1);
    }

    @Test
    void a_known_name_is_compared_once() {
        assertThatThrownBy(() -> attempt("alice", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons).isEqualTo(1);
        attempt("alice", "alice-pass");
        assertThat(comparisons).isEqualTo(1);
    }
}
