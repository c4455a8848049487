-- The append-only history of every case (see com.claimdesk.audit).
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id BIGINT        NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(120)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    field        VARCHAR(60)   NULL,
    old_value    VARCHAR(1000) NULL,
    new_value    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_complaint (complaint_id, occurred_at, id),
    CONSTRAINT fk_audit_entry_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_audit_entry_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nothing may rewrite history, not even a hand-written SQL statement.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry rows are append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry rows are append-only';

-- Who changed a case last, for "changed by X at T" when a colleague's save wins.
ALTER TABLE complaint ADD COLUMN updated_by_id BIGINT NULL,
    ADD CONSTRAINT fk_complaint_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id);
