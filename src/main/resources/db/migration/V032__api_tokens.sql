-- API tokens: the secret is shown once and stored only as its SHA-256 (it is random, 256 bits, so a slow hash
-- adds nothing); the prefix finds the row. A token acts as its owner, limited to its own roles.
CREATE TABLE api_token (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(80)   NOT NULL,
    token_prefix VARCHAR(16)   NOT NULL,
    token_hash   CHAR(64)      NOT NULL,
    owner_id     BIGINT        NOT NULL,
    roles        VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   BIGINT        NOT NULL,
    expires_at   DATETIME(6)   NULL,
    last_used_at DATETIME(6)   NULL,
    revoked_at   DATETIME(6)   NULL,
    revoked_by   BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_prefix (token_prefix),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT fk_api_token_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_api_token_revoked_by FOREIGN KEY (revoked_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
