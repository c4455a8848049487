-- What several nodes share through the database they already share (docs/decisions/141-shared-state-across-nodes.md).
-- Times are the database's (UTC_TIMESTAMP), so the nodes' clocks need not agree.

-- Short-lived signals from one node to the others (a notification to push, a case whose viewers changed); every node
-- reads the last seconds of it every second and deletes what is older than a minute.
CREATE TABLE node_signal (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    origin     VARCHAR(36)  NOT NULL,
    topic      VARCHAR(32)  NOT NULL,
    payload    TEXT         NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_node_signal_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who has which case page open, on any node; a node refreshes seen_at of its own pages, a row not refreshed for the
-- expiry (its node died) no longer counts.
CREATE TABLE case_viewer (
    viewer_id   VARCHAR(36)  NOT NULL,
    instance_id VARCHAR(36)  NOT NULL,
    case_number VARCHAR(64)  NOT NULL,
    user_id     BIGINT       NOT NULL,
    user_name   VARCHAR(200) NOT NULL,
    seen_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (viewer_id),
    KEY ix_case_viewer_case (case_number, seen_at),
    KEY ix_case_viewer_instance (instance_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One token bucket per API token for all nodes: tokens left at refilled_at (changed under a row lock).
CREATE TABLE api_rate_bucket (
    token_id    BIGINT      NOT NULL,
    tokens      DOUBLE      NOT NULL,
    refilled_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A running import: the node running it, its heartbeat, and the file's SHA-256 while it runs (unique: the same file
-- cannot run twice at once on any node; NULL once it ended, and MariaDB allows many NULLs in a unique key).
ALTER TABLE import_run
    ADD COLUMN node         VARCHAR(64) NULL,
    ADD COLUMN instance_id  VARCHAR(36) NULL,
    ADD COLUMN heartbeat_at DATETIME(6) NULL,
    ADD COLUMN running_key  VARCHAR(64) NULL,
    ADD UNIQUE KEY uk_import_run_running (running_key);
