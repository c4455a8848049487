-- The read-only views the modules publish for the aggregate reports (docs/decisions/080-modules.md, rule 4): the
-- report module names these views, never the tables behind them. Each view belongs to the module that owns its
-- table (@PublishesViews on that module's package-info, which documents it too) and is part of that module's
-- published interface: the owner may change its tables as long as each view keeps its name, columns and meaning
-- (a later migration of the owner then replaces it with CREATE OR REPLACE VIEW).
--
-- Every view is a plain projection of one table, with at most a WHERE that says which rows the fact covers: no
-- join, aggregate, DISTINCT, UNION or LIMIT. ALGORITHM = MERGE makes MariaDB substitute the view into the report's
-- statement, so the plans are those of the tables (the report indexes of V040 still cover the period scans;
-- docs/decisions/040-reports.md). SQL SECURITY INVOKER: the views run with the rights of the account that reads
-- them, which reads the tables anyway, so a dump restored under another account (a different DEFINER) still works.
-- Times are UTC, as in the tables; enum values are the names of the owner's Java enums.

-- complaint: one row per case, with what the reports filter, group and measure by.
--   status, marketplace, category, root_cause: names of ComplaintStatus, Marketplace, Category, RootCause
--   assignee_id: the current assignee (user_names.id), NULL when unassigned; sku, carrier: as entered, or NULL
--   order_date, order_value_amount, order_value_currency: the order as the case records it
--   created_at: when the case was opened; first_response_at: the team's first reply to the buyer (NULL before it);
--   resolved_at, closed_at: when the case was (last) resolved and closed, NULL while it is not
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW complaint_facts AS
SELECT id, status, marketplace, category, root_cause, assignee_id, sku, carrier,
       order_date, order_value_amount, order_value_currency,
       created_at, first_response_at, resolved_at, closed_at
FROM complaint;

-- settlement: one row per settled case, with its total cost in the base currency of the day it was settled.
--   id: the settlement (settlement_ledger_refund_facts.settlement_id); complaint_id: its case (one settlement a case)
--   resolution: name of negotiation's Resolution; base_currency, base_total: the whole ledger converted when booked
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW settlement_facts AS
SELECT id, complaint_id, resolution, base_currency, base_total, settled_at
FROM settlement;

-- settlement: the refund lines of a ledger that are not a refund request of the case, in the settlement's base
-- currency. Since decision 070 a refund typed into a ledger becomes a refund request (counted there), so only ledgers
-- written before it hold such lines.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW settlement_ledger_refund_facts AS
SELECT settlement_id, base_amount
FROM settlement_cost
WHERE kind = 'REFUND' AND refund_request_id IS NULL;

-- refund: the approved refund requests of the cases: the money that reached (or is on its way to) the buyer,
-- converted into the base currency with the rate stored with the request.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW approved_refund_facts AS
SELECT complaint_id, base_currency, base_amount
FROM refund_request
WHERE status = 'APPROVED';

-- negotiation: one row per offer round recorded on a case (any proposer, any answer), with when it was proposed.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW offer_facts AS
SELECT complaint_id, proposed_at
FROM negotiation_offer;

-- deadline: the team's first-response target of a case, from its SLA policy (cases opened before the deadlines
-- feature have none).
--   due_by: the date that counts now (the extension's, if it was extended)
--   met: whether the buyer has been answered (a reopened case must meet it again); met_at: when, NULL unless met
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW first_response_deadline_facts AS
SELECT complaint_id, COALESCE(extended_to, due_at) AS due_by, state = 'MET' AS met, met_at
FROM deadline
WHERE kind = 'FIRST_RESPONSE' AND source = 'SLA';

-- audit: every change of a case's status in its history; new_status is the name of ComplaintStatus it changed to.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW status_change_facts AS
SELECT complaint_id, new_value AS new_status
FROM audit_entry
WHERE action = 'STATUS_CHANGED';

-- security: the name each user is shown by, disabled users included (their past work still counts).
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW user_names AS
SELECT id, display_name
FROM app_user;

-- settings: the team's base currency, in which the stored base amounts are and every report's money is given.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW team_settings_facts AS
SELECT base_currency
FROM team_settings;

-- settings: the dated exchange rates: one unit of currency is worth rate units of base_currency from valid_from on,
-- until the next valid_from of the same pair.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW exchange_rate_facts AS
SELECT currency, base_currency, rate, valid_from
FROM exchange_rate;
