-- Indexes for the reports (com.claimdesk.report, docs/decisions/040-reports.md), chosen with EXPLAIN and timings on
-- 1 000 000 cases.

-- The reports over cases opened in a period read only these columns: with them in one index, a period is a range
-- scan of the index alone instead of a lookup of every case row (without it MariaDB scans the whole table once a
-- period holds more than a few per cent of the cases). Costs some 100 bytes per case and a little on every write
-- of these columns.
ALTER TABLE complaint
    ADD KEY ix_complaint_report (created_at, status, marketplace, category, assignee_id, first_response_at,
                                 resolved_at, order_value_currency, order_date, order_value_amount),
    -- cases resolved or closed in a period are found by those dates, not by scanning every case
    ADD KEY ix_complaint_resolved_at (resolved_at),
    ADD KEY ix_complaint_closed_at (closed_at);

-- Cost reports start from the settlements of a period.
ALTER TABLE settlement
    ADD KEY ix_settlement_report (settled_at, base_currency, complaint_id, base_total);

-- "Was this case ever escalated?" reads the status changes to ESCALATED only, not the whole history.
ALTER TABLE audit_entry
    ADD KEY ix_audit_entry_status_to (action, new_value(16), complaint_id);
