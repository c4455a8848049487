-- The thread of a case: buyer messages, replies, internal notes (see com.claimdesk.messaging).
CREATE TABLE case_message (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    channel      VARCHAR(20)   NULL,
    author_id    BIGINT        NULL,
    author_name  VARCHAR(120)  NOT NULL,
    language     VARCHAR(16)   NULL,
    body         TEXT          NOT NULL,
    sent_at      DATETIME(6)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_case_message_complaint (complaint_id, sent_at, id),
    KEY ix_case_message_first_reply (complaint_id, kind, sent_at),
    FULLTEXT KEY ft_case_message_body (body),
    CONSTRAINT fk_case_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_case_message_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the side panels show beyond the first set of facts: the ordered items and the delivery address.
ALTER TABLE complaint
    ADD COLUMN order_items      VARCHAR(1000) NULL,
    ADD COLUMN delivery_address VARCHAR(500)  NULL;
