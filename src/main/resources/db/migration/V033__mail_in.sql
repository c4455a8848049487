-- Mails already turned into messages, by Message-ID: a poll that fails after storing but before marking the mail
-- as read must not add the same message twice.
CREATE TABLE mail_in_message (
    message_id   VARCHAR(255)  NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    complaint_id BIGINT        NULL,
    outcome      VARCHAR(16)   NOT NULL,
    PRIMARY KEY (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
