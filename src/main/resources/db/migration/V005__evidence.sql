-- Evidence files of a case (see com.claimdesk.evidence). The bytes live in EvidenceStorage under generated keys;
-- a row holds what is needed to show them and to prove they are unchanged (size, SHA-256 of the original).
CREATE TABLE evidence_item (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id       BIGINT       NOT NULL,
    source             VARCHAR(32)  NOT NULL,
    caption            VARCHAR(500) NULL,
    original_file_name VARCHAR(255) NOT NULL,
    content_type       VARCHAR(64)  NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    sha256             VARCHAR(64)  NOT NULL,
    storage_key        VARCHAR(200) NOT NULL,
    preview_key        VARCHAR(200) NULL,
    thumbnail_key      VARCHAR(200) NULL,
    width_px           INT          NULL,
    height_px          INT          NULL,
    uploaded_by_id     BIGINT       NOT NULL,
    uploaded_by_name   VARCHAR(120) NOT NULL,
    uploaded_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_evidence_item_storage_key (storage_key),
    KEY ix_evidence_item_complaint (complaint_id, uploaded_at, id),
    CONSTRAINT fk_evidence_item_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_evidence_item_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_evidence_item_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
