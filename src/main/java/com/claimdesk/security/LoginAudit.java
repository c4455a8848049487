package com.claimdesk.security;

import com.claimdesk.base.node.NodeIdentity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Every sign-in attempt through the login form, in the {@code login_audit} table (V075) and in the log: the name as
 * typed, the client address, the node and the outcome. Refused attempts are logged as warnings, so that a burst of
 * them stands out. Rows older than {@code claimdesk.login.audit-keep} are deleted as new ones come.
 */
@Component
class LoginAudit {

    private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);
    private static final int MAX_NAME = 100;

    enum Outcome { SUCCESS, FAILURE, THROTTLED }

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final LoginProperties settings;
    private final Clock clock;

    LoginAudit(JdbcTemplate jdbc, NodeIdentity node, LoginProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.settings = settings;
        this.clock = clock;
    }

    void record(String typedName, @Nullable String address, Outcome outcome) {
        String name = printable(typedName == null ? "" : typedName.strip(), MAX_NAME);
        String from = printable(address == null ? "unknown" : address, 64);
        if (outcome == Outcome.SUCCESS) {
            log.info("Sign-in of '{}' from {}", name, from);
        } else {
            log.warn("Sign-in of '{}' from {} refused: {}", name, from, outcome);
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO login_audit (occurred_at, username, client_address, outcome, node) VALUES (?, ?, ?, ?, ?)",
                LoginThrottle.utc(now), name, from, outcome.name(), node.name());
        if (outcome == Outcome.SUCCESS) {
            jdbc.update("DELETE FROM login_audit WHERE occurred_at < ? LIMIT 1000",
                    LoginThrottle.utc(now.minus(settings.auditKeep())));
        }
    }

    /** Typed by anyone: no line breaks or other control characters that could fake a log line. */
    private static String printable(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
