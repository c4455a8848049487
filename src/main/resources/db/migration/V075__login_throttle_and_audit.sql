-- Sign-in protection (docs/decisions/075-login-protection.md). The counters live in the database so that every
-- node sees the same ones: an attacker gains nothing by spreading guesses over the nodes behind the load balancer.
-- One row per account name (whether or not such a user exists, lower case) and one per client address.
CREATE TABLE login_throttle (
    scope           VARCHAR(8)   NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    last_failure_at DATETIME(6)  NULL,
    locked_until    DATETIME(6)  NULL,
    PRIMARY KEY (scope, subject),
    KEY ix_login_throttle_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every sign-in attempt through the login form: who (the name as typed), from where, on which node, and how it
-- ended (SUCCESS, FAILURE, THROTTLED). Never the password. Kept claimdesk.login.audit-keep (180 days).
CREATE TABLE login_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    node           VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_login_audit_occurred (occurred_at),
    KEY ix_login_audit_username (username, occurred_at),
    KEY ix_login_audit_address (client_address, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
