-- Orders as the platforms and the ERP export them, so that a complaint about a known order starts filled in.
-- One row per marketplace and order number: a re-import updates it (see com.claimdesk.order).
CREATE TABLE imported_order (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    marketplace            VARCHAR(32)   NOT NULL,
    order_number           VARCHAR(64)   NOT NULL,
    order_date             DATE          NOT NULL,
    order_value_amount     DECIMAL(19,4) NOT NULL,
    order_value_currency   VARCHAR(3)    NOT NULL,
    shipping_cost_amount   DECIMAL(19,4) NULL,
    buyer_name             VARCHAR(120)  NOT NULL,
    buyer_country          VARCHAR(2)    NOT NULL,
    buyer_email            VARCHAR(254)  NULL,
    buyer_language         VARCHAR(16)   NULL,
    order_items            VARCHAR(1000) NULL,
    delivery_address       VARCHAR(500)  NULL,
    carrier                VARCHAR(64)   NULL,
    tracking_number        VARCHAR(64)   NULL,
    shipped_on             DATE          NULL,
    promised_delivery_on   DATE          NULL,
    delivered_on           DATE          NULL,
    signer_name            VARCHAR(120)  NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_imported_order_key (marketplace, order_number),
    KEY ix_imported_order_number (order_number),
    KEY ix_imported_order_updated (updated_at, id),
    CONSTRAINT ck_imported_order_money CHECK (order_value_amount >= 0
        AND (shipping_cost_amount IS NULL OR shipping_cost_amount >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
