-- Settlement guidance (docs/decisions/160-settlement-guidance.md): a case's finished peers and how they ended.

-- The bottom line records the suggestion the page showed when it was saved (in the bottom line's currency, and as a
-- share of the order value) and whether the amount saved was that suggestion. All NULL when no suggestion was shown.
ALTER TABLE negotiation_bottom_line
    ADD COLUMN suggested_amount    DECIMAL(19,4) NULL,
    ADD COLUMN suggested_share     DECIMAL(9,2)  NULL,
    ADD COLUMN followed_suggestion BOOLEAN       NULL,
    ADD CONSTRAINT ck_negotiation_bottom_line_suggestion CHECK ((suggested_amount IS NULL AND followed_suggestion IS NULL)
        OR (suggested_amount IS NOT NULL AND suggested_amount >= 0 AND followed_suggestion IS NOT NULL));

-- A case's peers are looked up by what they have in common with it, widened step by step (SKU, then the order-value
-- band, then sub-reason, then marketplace), among finished cases only, the most recently resolved first. The order's
-- currency and amount make the band a range per currency; resolved_at serves the "most recent" cap. Covering: the
-- count of each step reads the index alone.
ALTER TABLE complaint
    ADD KEY ix_complaint_peers (category, sub_reason, marketplace, sku, status, order_value_currency,
                                order_value_amount, resolved_at);

-- negotiation: one row per bottom line with the suggestion it was shown (docs/decisions/080-modules.md, rule 4).
--   suggested_amount: in max_currency; suggested_share: % of the order value; followed_suggestion: saved amount equal
--   to the suggestion. NULL when no suggestion was shown.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW bottom_line_facts AS
SELECT complaint_id, max_amount, max_currency, suggested_amount, suggested_share, followed_suggestion, set_at
FROM negotiation_bottom_line;

-- settlement: settlement_facts gains buyer_stays (TRUE the buyer stays a customer, FALSE not, NULL not known).
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW settlement_facts AS
SELECT id, complaint_id, resolution, base_currency, base_total, settled_at, buyer_stays
FROM settlement;

-- deadline: the cases that received a chargeback (a chargeback response deadline, entered or from the platform event).
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW chargeback_facts AS
SELECT complaint_id, due_at
FROM deadline
WHERE kind = 'CHARGEBACK_RESPONSE';
