-- "Open" with the queue's other sortable columns: read in index order instead of sorting every open case
-- (EXPLAIN showed "Using filesort" over the open cases; docs/decisions/050-scale.md).
ALTER TABLE complaint
    ADD KEY ix_complaint_open_updated (is_open, updated_at),
    ADD KEY ix_complaint_open_case_number (is_open, case_number),
    ADD KEY ix_complaint_open_buyer (is_open, buyer_name),
    ADD KEY ix_complaint_open_claimed (is_open, claimed_amount);
