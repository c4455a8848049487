-- In-app notifications: what a user should know about (a refund decided, a deadline near or missed).
-- The text is stored as a message key with its arguments, so it is shown in the reader's language.
-- dedup_key lets a job raise the same notification at most once (for example one per deadline and person).
CREATE TABLE notification (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id  BIGINT        NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    complaint_id  BIGINT        NULL,
    case_number   VARCHAR(20)   NULL,
    message_key   VARCHAR(100)  NOT NULL,
    message_args  VARCHAR(2000) NULL,
    dedup_key     VARCHAR(190)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notification_dedup (dedup_key),
    KEY ix_notification_recipient (recipient_id, read_at, created_at),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
