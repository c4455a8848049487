-- The case aggregate. Money is DECIMAL + ISO 4217 code; times are UTC.
CREATE TABLE complaint (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    case_number            VARCHAR(20)   NOT NULL,
    marketplace            VARCHAR(32)   NOT NULL,
    order_number           VARCHAR(64)   NOT NULL,
    order_date             DATE          NOT NULL,
    order_value_amount     DECIMAL(19,4) NOT NULL,
    order_value_currency   VARCHAR(3)    NOT NULL,
    shipping_cost_amount   DECIMAL(19,4) NULL,
    shipping_cost_currency VARCHAR(3)    NULL,
    claimed_amount         DECIMAL(19,4) NULL,
    claimed_currency       VARCHAR(3)    NULL,
    buyer_name             VARCHAR(120)  NOT NULL,
    buyer_country          VARCHAR(2)    NOT NULL,
    buyer_email            VARCHAR(254)  NULL,
    buyer_language         VARCHAR(16)   NOT NULL,
    category               VARCHAR(32)   NOT NULL,
    sub_reason             VARCHAR(48)   NOT NULL,
    status                 VARCHAR(24)   NOT NULL,
    priority               INT           NOT NULL,
    assignee_id            BIGINT        NULL,
    carrier                VARCHAR(64)   NULL,
    tracking_number        VARCHAR(64)   NULL,
    shipped_on             DATE          NULL,
    promised_delivery_on   DATE          NULL,
    delivered_on           DATE          NULL,
    signer_name            VARCHAR(120)  NULL,
    summary                VARCHAR(4000) NULL,
    reopen_count           INT           NOT NULL DEFAULT 0,
    resolved_at            DATETIME(6)   NULL,
    closed_at              DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    created_by_id          BIGINT        NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_case_number (case_number),
    KEY ix_complaint_created (created_at, id),
    KEY ix_complaint_status_created (status, created_at, id),
    KEY ix_complaint_assignee_status (assignee_id, status, created_at, id),
    KEY ix_complaint_order_number (order_number),
    KEY ix_complaint_tracking_number (tracking_number),
    KEY ix_complaint_buyer_name (buyer_name),
    CONSTRAINT fk_complaint_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    CONSTRAINT fk_complaint_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_complaint_money CHECK (order_value_amount >= 0 AND (claimed_amount IS NULL OR claimed_amount >= 0)
        AND (shipping_cost_amount IS NULL OR shipping_cost_amount >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE complaint_tag (
    complaint_id BIGINT      NOT NULL,
    tag          VARCHAR(40) NOT NULL,
    PRIMARY KEY (complaint_id, tag),
    KEY ix_complaint_tag_tag (tag),
    CONSTRAINT fk_complaint_tag_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Case numbers run per year: CD-2026-000123. One row per year, bumped atomically (see CaseNumberGenerator).
CREATE TABLE case_number_sequence (
    seq_year   INT    NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (seq_year)
) ENGINE = InnoDB;
