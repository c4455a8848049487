-- The deadline module keeps whether each deadline's case is open, told by the case module's events, instead of
-- joining the complaint table (docs/decisions/080-modules.md): the job looks only at deadlines of open cases.
ALTER TABLE deadline ADD COLUMN case_open BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE deadline d JOIN complaint c ON c.id = d.complaint_id SET d.case_open = c.status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_deadline_open_state_due ON deadline (case_open, state, due_at);
