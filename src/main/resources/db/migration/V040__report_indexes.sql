-- Indexes for the reports (com.claimdesk.report, docs/decisions/040-reports.md), chosen with EXPLAIN on 1 000 000
-- cases. Cases resolved or closed in a period are found by those dates, not by scanning every case.
ALTER TABLE complaint
    ADD KEY ix_complaint_resolved_at (resolved_at),
    ADD KEY ix_complaint_closed_at (closed_at);

-- "Was this case ever escalated?" reads the status changes to ESCALATED only, not the whole history.
ALTER TABLE audit_entry
    ADD KEY ix_audit_entry_status_to (action, new_value(16), complaint_id);
