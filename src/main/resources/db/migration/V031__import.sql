-- Column mappings saved per source, so the next file from the same platform or ERP is matched at once.
CREATE TABLE import_mapping (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(16)   NOT NULL,
    name          VARCHAR(80)   NOT NULL,
    marketplace   VARCHAR(32)   NULL,
    columns_json  TEXT          NOT NULL,
    defaults_json TEXT          NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(120)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_import_mapping_name (kind, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per import: who, what, and the counts of its summary.
CREATE TABLE import_run (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(16)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    mapping_name VARCHAR(80)   NULL,
    started_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    started_by   BIGINT        NOT NULL,
    rows_read    INT           NOT NULL DEFAULT 0,
    created      INT           NOT NULL DEFAULT 0,
    updated      INT           NOT NULL DEFAULT 0,
    unchanged    INT           NOT NULL DEFAULT 0,
    skipped      INT           NOT NULL DEFAULT 0,
    outcome      VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_import_run_started (started_at, id),
    CONSTRAINT fk_import_run_user FOREIGN KEY (started_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which case an imported complaint or dispute became, by its key on the platform (dispute id, else order
-- number), so that importing the same file again updates the case instead of opening a second one.
CREATE TABLE complaint_import_key (
    marketplace  VARCHAR(32)  NOT NULL,
    key_type     VARCHAR(16)  NOT NULL,
    key_value    VARCHAR(64)  NOT NULL,
    complaint_id BIGINT       NOT NULL,
    PRIMARY KEY (marketplace, key_type, key_value),
    KEY ix_complaint_import_key_complaint (complaint_id),
    CONSTRAINT fk_complaint_import_key_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
