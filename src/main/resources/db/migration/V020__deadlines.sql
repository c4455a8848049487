-- Deadlines (see com.claimdesk.deadline and docs/decisions/020-deadlines.md). Times are UTC.

-- The team's working calendar: one row. Working hours are wall-clock times in `time_zone`.
CREATE TABLE deadline_settings (
    id                     INT          NOT NULL,
    time_zone              VARCHAR(64)  NOT NULL,
    working_days           VARCHAR(40)  NOT NULL,
    work_start             TIME         NOT NULL,
    work_end               TIME         NOT NULL,
    prevention_days        INT          NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    updated_by_id          BIGINT       NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_deadline_settings_single CHECK (id = 1),
    CONSTRAINT ck_deadline_settings_hours CHECK (work_end > work_start),
    CONSTRAINT ck_deadline_settings_prevention CHECK (prevention_days BETWEEN 1 AND 60),
    CONSTRAINT fk_deadline_settings_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO deadline_settings (id, time_zone, working_days, work_start, work_end, prevention_days, updated_at)
VALUES (1, 'Asia/Shanghai', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '09:00:00', '18:00:00', 3, UTC_TIMESTAMP(6));

-- Days off in the team's calendar: working-hours targets skip them.
CREATE TABLE team_holiday (
    day        DATE         NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO team_holiday (day, name) VALUES
    ('2026-01-01', 'New Year'),
    ('2026-02-16', 'Spring Festival'), ('2026-02-17', 'Spring Festival'), ('2026-02-18', 'Spring Festival'),
    ('2026-02-19', 'Spring Festival'), ('2026-02-20', 'Spring Festival'),
    ('2026-04-06', 'Qingming'), ('2026-05-01', 'Labour Day'), ('2026-06-19', 'Dragon Boat'),
    ('2026-09-25', 'Mid-Autumn'), ('2026-10-01', 'National Day'), ('2026-10-02', 'National Day'),
    ('2026-10-05', 'National Day'), ('2026-10-06', 'National Day'), ('2026-10-07', 'National Day');

-- A marketplace's rule: when `event_kind` happens, a deadline of `deadline_kind` falls `offset_amount` units
-- later. marketplace NULL = any marketplace. Deadlines copy the values they were computed with, so editing a
-- rule never moves an existing date.
CREATE TABLE marketplace_rule (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    marketplace    VARCHAR(32)  NULL,
    event_kind     VARCHAR(32)  NOT NULL,
    deadline_kind  VARCHAR(32)  NOT NULL,
    offset_amount  INT          NOT NULL,
    offset_unit    VARCHAR(8)   NOT NULL,
    counting       VARCHAR(16)  NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by_id  BIGINT       NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_marketplace_rule_event (event_kind, marketplace),
    CONSTRAINT ck_marketplace_rule_offset CHECK (offset_amount > 0 AND offset_amount <= 10000),
    CONSTRAINT fk_marketplace_rule_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sensible starting values; the UI labels them "check your platform's current rules".
INSERT INTO marketplace_rule (marketplace, event_kind, deadline_kind, offset_amount, offset_unit, counting, updated_at) VALUES
    ('ALIEXPRESS', 'DISPUTE_OPENED', 'DISPUTE_REPLY', 5, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('ALIEXPRESS', 'DISPUTE_OPENED', 'DISPUTE_ESCALATION', 15, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('ALIBABA_TRADE_ASSURANCE', 'DISPUTE_OPENED', 'DISPUTE_REPLY', 3, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('ALIBABA_TRADE_ASSURANCE', 'DISPUTE_OPENED', 'DISPUTE_ESCALATION', 7, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('AMAZON', 'A_TO_Z_CLAIM', 'DISPUTE_REPLY', 72, 'HOURS', 'CALENDAR', UTC_TIMESTAMP(6)),
    (NULL, 'CHARGEBACK_RECEIVED', 'CHARGEBACK_RESPONSE', 20, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('DIRECT_B2B', 'CHARGEBACK_RECEIVED', 'CHARGEBACK_RESPONSE', 45, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('ALIEXPRESS', 'ORDER_SHIPPED', 'AUTO_RECEIPT_CONFIRMATION', 60, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6)),
    ('ALIBABA_TRADE_ASSURANCE', 'ORDER_SHIPPED', 'AUTO_RECEIPT_CONFIRMATION', 30, 'DAYS', 'CALENDAR', UTC_TIMESTAMP(6));

-- The team's own targets per priority (complaint.priority rank) and marketplace (NULL = any).
CREATE TABLE sla_policy (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    priority             INT          NOT NULL,
    marketplace          VARCHAR(32)  NULL,
    first_response_hours INT          NOT NULL,
    resolution_hours     INT          NOT NULL,
    counting             VARCHAR(16)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    updated_by_id        BIGINT       NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- MariaDB treats NULLs as distinct in a unique key; the service refuses a second "any" row itself
    UNIQUE KEY uk_sla_policy (priority, marketplace),
    CONSTRAINT ck_sla_policy_hours CHECK (first_response_hours > 0 AND resolution_hours >= first_response_hours
        AND resolution_hours <= 10000),
    CONSTRAINT fk_sla_policy_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sla_policy (priority, marketplace, first_response_hours, resolution_hours, counting, updated_at) VALUES
    (4, NULL, 1, 16, 'WORKING_HOURS', UTC_TIMESTAMP(6)),
    (3, NULL, 4, 40, 'WORKING_HOURS', UTC_TIMESTAMP(6)),
    (2, NULL, 8, 80, 'WORKING_HOURS', UTC_TIMESTAMP(6)),
    (1, NULL, 16, 120, 'WORKING_HOURS', UTC_TIMESTAMP(6)),
    -- Amazon expects an answer to buyer messages within 24 hours, weekends included
    (4, 'AMAZON', 12, 72, 'CALENDAR', UTC_TIMESTAMP(6)),
    (3, 'AMAZON', 24, 120, 'CALENDAR', UTC_TIMESTAMP(6)),
    (2, 'AMAZON', 24, 168, 'CALENDAR', UTC_TIMESTAMP(6)),
    (1, 'AMAZON', 24, 240, 'CALENDAR', UTC_TIMESTAMP(6));

-- A case's deadlines. due_at is the date first set; an extension keeps it and records the new date.
-- rule_* columns copy the rule or SLA values the date was computed with.
CREATE TABLE deadline (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id   BIGINT        NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    due_at         DATETIME(6)   NOT NULL,
    source         VARCHAR(16)   NOT NULL,
    rule_id        BIGINT        NULL,
    rule_basis     VARCHAR(200)  NULL,
    event_at       DATETIME(6)   NULL,
    state          VARCHAR(16)   NOT NULL,
    extended_to    DATETIME(6)   NULL,
    extended_by_id BIGINT        NULL,
    extended_at    DATETIME(6)   NULL,
    met_at         DATETIME(6)   NULL,
    missed_at      DATETIME(6)   NULL,
    note           VARCHAR(500)  NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by_id  BIGINT        NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_deadline_complaint (complaint_id, state),
    KEY ix_deadline_state_due (state, due_at),
    CONSTRAINT fk_deadline_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_extended_by FOREIGN KEY (extended_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_deadline_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue sorts and filters by the case's most urgent pending deadline without a join: the deadline service
-- keeps next_deadline_at in step, in the same transaction. urgency_at puts cases without one last, for the index.
ALTER TABLE complaint
    ADD COLUMN next_deadline_at DATETIME(6) NULL,
    ADD COLUMN urgency_at DATETIME(6) AS (COALESCE(next_deadline_at, TIMESTAMP'9999-12-31 00:00:00')) PERSISTENT,
    ADD KEY ix_complaint_status_urgency (status, urgency_at, created_at, id),
    ADD KEY ix_complaint_assignee_urgency (assignee_id, status, urgency_at, created_at, id);

-- ShedLock: one row per scheduled task, so that a job runs on one node per interval.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
