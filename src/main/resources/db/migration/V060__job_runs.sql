-- Every run of a scheduled job, with the node that ran it (docs/decisions/060-several-nodes.md). With several nodes
-- ShedLock lets one of them run the job per interval; this table shows which one did, when (database time, UTC) and
-- what it found. Kept 30 days: the job itself deletes older rows.
CREATE TABLE job_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    job_name    VARCHAR(64)  NOT NULL,
    node        VARCHAR(255) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    outcome     VARCHAR(255) NULL,
    PRIMARY KEY (id),
    KEY ix_job_run_job_started (job_name, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
