-- Saved views of the queue (docs/decisions/162-queue-bulk-actions-and-saved-views.md): a filter set saved by name,
-- for its owner or for the whole team. The name is unique per owner: among one user's own views, and among the
-- team's views (owner_key 0); the unicode_ci collation makes "Overdue" and "overdue" the same name.
CREATE TABLE saved_queue_filter (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(60)  NOT NULL,
    team        BOOLEAN      NOT NULL,
    owner_id    BIGINT       NOT NULL,
    owner_key   BIGINT       AS (IF(team, 0, owner_id)) PERSISTENT,
    status      VARCHAR(24)  NOT NULL,
    category    VARCHAR(40)  NULL,
    marketplace VARCHAR(40)  NULL,
    assignee    VARCHAR(16)  NOT NULL,
    search_text VARCHAR(100) NOT NULL,
    due         VARCHAR(16)  NOT NULL,
    sort_field  VARCHAR(24)  NOT NULL,
    sort_asc    BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_saved_queue_filter_name (owner_key, name),
    KEY ix_saved_queue_filter_owner (owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
