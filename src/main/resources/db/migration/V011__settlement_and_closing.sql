-- Closing a case records why it happened and who bore it (required), and how to prevent it (optional).
ALTER TABLE complaint
    ADD COLUMN root_cause      VARCHAR(40)   NULL,
    ADD COLUMN responsibility  VARCHAR(24)   NULL,
    ADD COLUMN prevention_note VARCHAR(2000) NULL,
    ADD KEY ix_complaint_root_cause (root_cause, closed_at);

-- The settlement of a case: what was given, what it cost, and how the buyer came out of it. One per case; it can be
-- corrected while the case is open again, and every correction is audited.
CREATE TABLE settlement (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id       BIGINT        NOT NULL,
    resolution         VARCHAR(32)   NOT NULL,
    offer_id           BIGINT        NULL,
    buyer_stays        BOOLEAN       NULL,
    feedback_outcome   VARCHAR(24)   NOT NULL,
    note               VARCHAR(2000) NULL,
    base_currency      VARCHAR(3)    NOT NULL,
    base_total         DECIMAL(19,4) NOT NULL,
    settled_at         DATETIME(6)   NOT NULL,
    settled_by_id      BIGINT        NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_settlement_complaint (complaint_id),
    KEY ix_settlement_settled (settled_at),
    CONSTRAINT fk_settlement_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    CONSTRAINT fk_settlement_offer FOREIGN KEY (offer_id) REFERENCES negotiation_offer (id),
    CONSTRAINT fk_settlement_user FOREIGN KEY (settled_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_settlement_total CHECK (base_total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cost ledger: each line in its own currency, converted with the rate of the settlement day (kept per line).
CREATE TABLE settlement_cost (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    settlement_id     BIGINT        NOT NULL,
    line_no           INT           NOT NULL,
    kind              VARCHAR(24)   NOT NULL,
    amount            DECIMAL(19,4) NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    base_amount       DECIMAL(19,4) NOT NULL,
    rate              DECIMAL(19,8) NOT NULL,
    rate_valid_from   DATE          NOT NULL,
    refund_request_id BIGINT        NULL,
    note              VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_settlement_cost_line (settlement_id, line_no),
    KEY ix_settlement_cost_kind (kind),
    CONSTRAINT fk_settlement_cost_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id) ON DELETE CASCADE,
    CONSTRAINT fk_settlement_cost_refund FOREIGN KEY (refund_request_id) REFERENCES refund_request (id),
    CONSTRAINT ck_settlement_cost_amount CHECK (amount >= 0 AND base_amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
