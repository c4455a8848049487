-- report: daily summaries that answer the reports over long periods without reading every case
-- (docs/decisions/150-report-summaries.md). Owned by the report module, computed only from the views the other
-- modules publish, kept current by its event listener and rebuilt on demand. A day is a calendar day at the fixed
-- UTC offset stored in report_summary_state; agent_id 0 holds the totals over all cases (assigned or not), any
-- other agent_id the cases of that current assignee only.

-- What the summaries were last built for. One row; the refresh and the rebuild lock it, so they never interleave.
CREATE TABLE report_summary_state (
    id             TINYINT     NOT NULL PRIMARY KEY,
    offset_seconds INT         NOT NULL,
    built_at       DATETIME(6) NULL,
    CONSTRAINT ck_report_summary_state_one CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO report_summary_state (id, offset_seconds, built_at) VALUES (1, 0, NULL);

-- Cases opened, resolved and closed per day.
CREATE TABLE report_day_flow (
    agent_id    BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    marketplace VARCHAR(32) NOT NULL,
    category    VARCHAR(32) NOT NULL,
    opened      INT         NOT NULL,
    resolved    INT         NOT NULL,
    closed      INT         NOT NULL,
    PRIMARY KEY (agent_id, day, marketplace, category),
    KEY ix_report_day_flow_day (day)
) ENGINE = InnoDB;

-- Settlements per day they were settled, by the case's dimensions, the settlement's base currency and the number
-- of offer rounds before it (4 meaning four or more); root_cause '' when the case has none.
CREATE TABLE report_day_cost (
    agent_id       BIGINT        NOT NULL,
    day            DATE          NOT NULL,
    marketplace    VARCHAR(32)   NOT NULL,
    category       VARCHAR(32)   NOT NULL,
    root_cause     VARCHAR(40)   NOT NULL,
    rounds         TINYINT       NOT NULL,
    base_currency  VARCHAR(3)    NOT NULL,
    cases          INT           NOT NULL,
    cost           DECIMAL(25,4) NOT NULL,
    settle_seconds BIGINT        NOT NULL,
    PRIMARY KEY (agent_id, day, marketplace, category, root_cause, rounds, base_currency),
    KEY ix_report_day_cost_day (day)
) ENGINE = InnoDB;

-- report_day_cost added up per month (month: its first day), so that a long period reads a row per month and
-- combination and only its partial months at either end by day.
CREATE TABLE report_month_cost (
    agent_id       BIGINT        NOT NULL,
    month          DATE          NOT NULL,
    marketplace    VARCHAR(32)   NOT NULL,
    category       VARCHAR(32)   NOT NULL,
    root_cause     VARCHAR(40)   NOT NULL,
    rounds         TINYINT       NOT NULL,
    base_currency  VARCHAR(3)    NOT NULL,
    cases          INT           NOT NULL,
    cost           DECIMAL(25,4) NOT NULL,
    settle_seconds BIGINT        NOT NULL,
    PRIMARY KEY (agent_id, month, marketplace, category, root_cause, rounds, base_currency),
    KEY ix_report_month_cost_month (month)
) ENGINE = InnoDB;

-- The days each case counts on in the summaries, so that a change (a reopened case losing its resolution day)
-- recomputes the days it left as well as those it reached.
CREATE TABLE report_summary_case (
    complaint_id BIGINT NOT NULL PRIMARY KEY,
    opened_day   DATE   NOT NULL,
    resolved_day DATE   NULL,
    closed_day   DATE   NULL,
    settled_day  DATE   NULL
) ENGINE = InnoDB;

-- Cases changed since their days were last recomputed: written in the transaction of the change, so none is lost, and
-- drained after the commit in batches, so that many changes on one day (an import) recompute that day once a batch.
CREATE TABLE report_summary_dirty (
    complaint_id BIGINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
