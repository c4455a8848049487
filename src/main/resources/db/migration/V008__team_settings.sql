-- The team's money settings (see com.claimdesk.settings): one row of limits, and dated exchange rates.
CREATE TABLE team_settings (
    id              INT           NOT NULL,
    base_currency   VARCHAR(3)    NOT NULL,
    agent_limit     DECIMAL(19,4) NOT NULL,
    manager_limit   DECIMAL(19,4) NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by_id   BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_team_settings_single CHECK (id = 1),
    CONSTRAINT ck_team_settings_limits CHECK (agent_limit >= 0 AND manager_limit >= agent_limit),
    CONSTRAINT fk_team_settings_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Defaults from the approval rules: an agent settles up to 200 alone, a manager up to 2000, above that a lead.
INSERT INTO team_settings (id, base_currency, agent_limit, manager_limit, updated_at)
VALUES (1, 'USD', 200, 2000, UTC_TIMESTAMP(6));

-- How many units of the base currency one unit of `currency` is worth, from `valid_from` on. Rows are never
-- changed: a new rate is a new row, so every stored conversion can be traced to the rate it used.
CREATE TABLE exchange_rate (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    currency      VARCHAR(3)    NOT NULL,
    base_currency VARCHAR(3)    NOT NULL,
    rate          DECIMAL(19,8) NOT NULL,
    valid_from    DATE          NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by_id BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_exchange_rate_day (currency, base_currency, valid_from),
    CONSTRAINT ck_exchange_rate_positive CHECK (rate > 0),
    CONSTRAINT fk_exchange_rate_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Starting rates so that conversions work out of the box; the admin keeps them current (Settings page).
INSERT INTO exchange_rate (currency, base_currency, rate, valid_from, created_at) VALUES
    ('EUR', 'USD', 1.08000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('GBP', 'USD', 1.27000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('CNY', 'USD', 0.13800000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('JPY', 'USD', 0.00670000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('AUD', 'USD', 0.65000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('CAD', 'USD', 0.73000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('HKD', 'USD', 0.12800000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('SGD', 'USD', 0.74000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('CHF', 'USD', 1.12000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('PLN', 'USD', 0.25000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('AED', 'USD', 0.27230000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('SAR', 'USD', 0.26670000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('BRL', 'USD', 0.18000000, '2026-01-01', UTC_TIMESTAMP(6)),
    ('MXN', 'USD', 0.05500000, '2026-01-01', UTC_TIMESTAMP(6));
