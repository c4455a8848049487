-- A team lead's review of a finished case: how well it was handled. One per case; writing it is audited.
CREATE TABLE case_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id   BIGINT        NOT NULL,
    rating         VARCHAR(20)   NOT NULL,
    review_comment VARCHAR(2000) NULL,
    reviewed_by_id BIGINT        NOT NULL,
    reviewed_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_review_complaint (complaint_id),
    CONSTRAINT fk_case_review_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_review_user FOREIGN KEY (reviewed_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The review queue: finished cases, oldest first.
ALTER TABLE complaint ADD KEY ix_complaint_status_resolved (status, resolved_at, id);

-- Lessons: prevention turned into a checklist agents can read and search, grouped by category, product and cause.
CREATE TABLE lesson (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT        NULL,
    category      VARCHAR(32)   NOT NULL,
    sku           VARCHAR(64)   NULL,
    root_cause    VARCHAR(40)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(2000) NULL,
    created_by_id BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_lesson_group (active, category, root_cause),
    KEY ix_lesson_sku (sku),
    FULLTEXT KEY ft_lesson (title, body),
    CONSTRAINT fk_lesson_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE SET NULL,
    CONSTRAINT fk_lesson_user FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
