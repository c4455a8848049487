-- complaint publishes what the review queue lists of a finished case: its number, buyer and subreason beside the facts
-- the reports read (docs/decisions/080-modules.md, rule 4). Still one table, merged into the reader's query.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW complaint_facts AS
SELECT id, case_number, buyer_name, status, marketplace, category, sub_reason, root_cause, assignee_id, sku, carrier,
       order_date, order_value_amount, order_value_currency,
       created_at, first_response_at, resolved_at, closed_at
FROM complaint;
