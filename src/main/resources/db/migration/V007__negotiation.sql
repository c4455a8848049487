-- Negotiation of a case (see com.claimdesk.negotiation): the team's bottom line and the rounds of offers.

-- One bottom line per case, team-only. The acceptable resolutions are a comma-separated list of Resolution names:
-- a small fixed set that is always read and written whole.
CREATE TABLE negotiation_bottom_line (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id           BIGINT        NOT NULL,
    max_amount             DECIMAL(19,4) NOT NULL,
    max_currency           VARCHAR(3)    NOT NULL,
    acceptable_resolutions VARCHAR(500)  NOT NULL,
    set_at                 DATETIME(6)   NOT NULL,
    set_by_id              BIGINT        NULL,
    set_by_name            VARCHAR(120)  NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_negotiation_bottom_line_complaint (complaint_id),
    CONSTRAINT ck_negotiation_bottom_line_amount CHECK (max_amount >= 0),
    CONSTRAINT fk_negotiation_bottom_line_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_negotiation_bottom_line_user FOREIGN KEY (set_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE negotiation_offer (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id     BIGINT        NOT NULL,
    proposer         VARCHAR(30)   NOT NULL,
    resolution       VARCHAR(30)   NOT NULL,
    wait_days        INT           NULL,
    amount           DECIMAL(19,4) NULL,
    currency         VARCHAR(3)    NULL,
    note             VARCHAR(2000) NULL,
    proposed_at      DATETIME(6)   NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    recorded_by_id   BIGINT        NULL,
    recorded_by_name VARCHAR(120)  NOT NULL,
    answer           VARCHAR(20)   NOT NULL,
    answered_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_negotiation_offer_complaint (complaint_id, proposed_at, id),
    KEY ix_negotiation_offer_open (answer, complaint_id),
    CONSTRAINT ck_negotiation_offer_money CHECK ((amount IS NULL AND currency IS NULL)
        OR (amount IS NOT NULL AND currency IS NOT NULL AND amount >= 0)),
    CONSTRAINT fk_negotiation_offer_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_negotiation_offer_user FOREIGN KEY (recorded_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
