-- The queue at a million cases (docs/decisions/050-scale.md): keyset paging needs, for every filter prefix the
-- queue offers and every sort, an index whose columns follow the order (InnoDB appends the id to each secondary
-- index, so "(x)" orders by x, id). is_open turns the "open" filter (five statuses) into one value, so that
-- "open, by urgency" reads the index in order instead of sorting every open case.
ALTER TABLE complaint
    ADD COLUMN is_open BOOLEAN AS (status NOT IN ('RESOLVED', 'CLOSED')) PERSISTENT,
    DROP KEY ix_complaint_created_at,
    ADD KEY ix_complaint_urgency (urgency_at, created_at),
    ADD KEY ix_complaint_priority (priority),
    ADD KEY ix_complaint_updated (updated_at),
    ADD KEY ix_complaint_claimed (claimed_amount),
    ADD KEY ix_complaint_status_priority (status, priority),
    ADD KEY ix_complaint_open_urgency (is_open, urgency_at, created_at),
    ADD KEY ix_complaint_open_created (is_open, created_at),
    ADD KEY ix_complaint_open_priority (is_open, priority),
    ADD KEY ix_complaint_assignee_open_urgency (assignee_id, is_open, urgency_at, created_at),
    ADD KEY ix_complaint_assignee_open_created (assignee_id, is_open, created_at);

-- Search: word prefixes of the case's identifiers pick the candidates; the substring test runs on those only.
ALTER TABLE complaint ADD FULLTEXT KEY ft_complaint_search (case_number, order_number, buyer_name, tracking_number);
