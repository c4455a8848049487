-- Spring Modulith's event publication registry (JPA): an event that crosses modules is stored with every listener
-- that must handle it, in the publishing transaction, and marked completed once that listener succeeded. What a
-- crash interrupts stays incomplete and is published again at the next start (docs/decisions/080-modules.md).
CREATE TABLE event_publication (
    id                     UUID         NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6)  NULL,
    last_resubmission_date DATETIME(6)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    status                 VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    KEY ix_event_publication_incomplete (completion_date, publication_date),
    KEY ix_event_publication_status (status, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
