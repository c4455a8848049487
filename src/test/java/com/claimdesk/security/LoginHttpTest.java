package com.claimdesk.security;

import com.claimdesk.HttpTest;
import com.claimdesk.WebClient;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.claimdesk.WebClient.location;
import static com.claimdesk.WebClient.setCookies;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in over real HTTP, as a browser's form post does it: throttling, CSRF, the session cookie, headers. */
@HttpTest
class LoginHttpTest {

    private static final String PASSWORD = "right-horse-battery";

    @LocalServerPort
    int port;
    @Autowired
    UserBootstrap bootstrap;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ServletContext servletContext;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    private String newUser(String name) {
        String username = name + "-" + run;
        SystemActor.run(() -> bootstrap.createIfMissing(username, "Test " + username, null, PASSWORD,
                Set.of(Role.AGENT), false));
        return username;
    }

    /** Tests share the client address 127.0.0.1: each starts with it unthrottled. */
    @AfterEach
    void forgetThrottling() {
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void twenty_four_wrong_passwords_then_the_right_one_is_refused_like_a_wrong_one() {
        String username = newUser("victim");
        var attacker = new WebClient(port);
        String token = attacker.loginPageToken();
        for (int i = 0; i < 24; i++) {
            HttpResponse<String> wrong = attacker.postForm("/login", WebClient.formOf(username, "guess" + i, token));
            assertThat(location(wrong)).as("attempt %d", i + 1).endsWith("/login?error");
        }
        HttpResponse<String> right = attacker.postForm("/login", WebClient.formOf(username, PASSWORD, token));
        assertThat(location(right)).as("the right password while throttled: the same answer as a wrong one")
                .endsWith("/login?error");
        assertThat(attacker.signedIn()).isFalse();

        // the account is throttled, not just the client: another browser (same address here) is refused too
        var owner = new WebClient(port);
        assertThat(location(owner.login(username, PASSWORD))).endsWith("/login?error");
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password_and_is_throttled_too() {
        String known = newUser("known");
        var client = new WebClient(port);
        String token = client.loginPageToken();
        String wrongPassword = location(client.postForm("/login", WebClient.formOf(known, "nope", token)));
        String unknownUser = location(client.postForm("/login", WebClient.formOf("nobody-" + run, "nope", token)));
        assertThat(unknownUser).isEqualTo(wrongPassword).endsWith("/login?error");

        for (int i = 0; i < 10; i++) {
            client.postForm("/login", WebClient.formOf("ghost-" + run, "nope" + i, token));
        }
        Integer failures = jdbc.queryForObject(
                "SELECT failures FROM login_throttle WHERE scope = 'USER' AND subject = ?", Integer.class,
                "ghost-" + run);
        assertThat(failures).as("an unknown name is counted like a known one").isGreaterThanOrEqualTo(5);
        Integer audited = jdbc.queryForObject(
                "SELECT COUNT(*) FROM login_audit WHERE username = ? AND outcome IN ('FAILURE', 'THROTTLED')",
                Integer.class, "ghost-" + run);
        assertThat(audited).as("every refused attempt is audited").isEqualTo(10);
    }

    @Test
    void a_successful_sign_in_resets_the_account_counter() {
        String username = newUser("typo");
        var client = new WebClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(location(client.login(username, "typo" + i))).endsWith("/login?error");
        }
        assertThat(location(client.login(username, PASSWORD))).doesNotContain("error");
        assertThat(client.signedIn()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE scope = 'USER' AND subject = ?"
                + " AND failures > 0", Integer.class, username)).as("the account counter is gone").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_audit WHERE username = ? AND outcome = 'SUCCESS'",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void a_login_post_from_another_site_without_the_token_signs_nobody_in() {
        String username = newUser("csrf");
        var victimBrowser = new WebClient(port);
        HttpResponse<String> forged = victimBrowser.postForm("/login", WebClient.formOf(username, PASSWORD, null),
                "Origin", "http://evil.example", "Referer", "http://evil.example/form.html");
        assertThat(location(forged)).as("no way into the application")
                .satisfiesAnyOf(l -> assertThat(l).isNull(), l -> assertThat(l).contains("/login"));
        assertThat(victimBrowser.signedIn()).isFalse();

        // with a token of another session (the attacker's own) it fails as well
        String attackersToken = new WebClient(port).loginPageToken();
        var other = new WebClient(port);
        other.get("/login");
        other.postForm("/login", WebClient.formOf(username, PASSWORD, attackersToken), "Origin", "http://evil.example");
        assertThat(other.signedIn()).isFalse();
    }

    @Test
    void the_login_page_form_with_its_token_signs_in_and_a_stale_page_asks_to_sign_in_again() {
        String username = newUser("form");
        var client = new WebClient(port);
        HttpResponse<String> ok = client.login(username, PASSWORD);
        assertThat(location(ok)).doesNotContain("/login");
        assertThat(client.signedIn()).isTrue();

        // a login page whose session expired: its token is no longer valid, the user is asked to sign in again
        var stale = new WebClient(port);
        String token = stale.loginPageToken();
        stale.forgetSession();
        HttpResponse<String> expired = stale.postForm("/login", WebClient.formOf(username, PASSWORD, token));
        assertThat(location(expired)).endsWith("/login?expired");
        assertThat(stale.signedIn()).isFalse();
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_never_put_into_an_address() {
        var client = new WebClient(port);
        HttpResponse<String> page = client.get("/login", "Accept", "text/html");
        List<String> cookies = setCookies(page);
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(servletContext.getEffectiveSessionTrackingModes()).isEqualTo(EnumSet.of(SessionTrackingMode.COOKIE));

        for (String path : List.of("/", "/cases", "/VAADIN/build/", "/reports", "/swagger-ui.html")) {
            HttpResponse<String> fresh = new WebClient(port).get(path, "Accept", "text/html");
            assertThat(String.valueOf(location(fresh))).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(fresh.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void pages_carry_a_content_security_policy_and_a_referrer_policy() {
        var client = new WebClient(port);
        assertSecurityHeaders(client.get("/login", "Accept", "text/html"));
        client.login(newUser("headers"), PASSWORD);
        HttpResponse<String> queue = client.get("/cases", "Accept", "text/html");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertSecurityHeaders(queue);
        assertSecurityHeaders(client.get("/swagger-ui/index.html", "Accept", "text/html"));
        // every answer names the referrer policy, redirects too
        assertThat(new WebClient(port).get("/cases").headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private static void assertSecurityHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                                "base-uri 'self'", "form-action 'self'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void the_swagger_ui_is_for_signed_in_users_only() {
        HttpResponse<String> anonymous = new WebClient(port).get("/swagger-ui/index.html", "Accept", "text/html");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/login");

        var client = new WebClient(port);
        client.login(newUser("swagger"), PASSWORD);
        HttpResponse<String> entry = client.get("/swagger-ui.html", "Accept", "text/html");
        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(location(entry)).endsWith("/swagger-ui/index.html");
        HttpResponse<String> ui = client.get("/swagger-ui/index.html", "Accept", "text/html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        HttpResponse<String> config = client.get("/api/v1/openapi.json/swagger-config", "Accept", "application/json");
        assertThat(config.body()).contains("/api/v1/openapi.json");
        assertThat(client.get("/swagger-ui/swagger-initializer.js").statusCode()).isEqualTo(200);
    }
}
