-- The buyer's account on the marketplace (its buyer or member ID), on a case and on a known order: the same buyer
-- under another name or spelling is still the same account (docs/decisions/163-buyer-history.md).
ALTER TABLE complaint
    ADD COLUMN buyer_account VARCHAR(64) NULL,
    -- a buyer's earlier cases: by account on the marketplace, or by name and country; newest first
    ADD KEY ix_complaint_buyer_account (marketplace, buyer_account, created_at),
    -- (ix_complaint_buyer_name stays: the queue's keyset sort by buyer needs (buyer_name, id))
    ADD KEY ix_complaint_buyer_name_country (buyer_name, buyer_country, created_at);

ALTER TABLE imported_order
    ADD COLUMN buyer_account VARCHAR(64) NULL;

-- complaint: one row per case with who bought, for the buyer's history on the case page (module buyer).
--   buyer_account: the buyer's ID on the marketplace, NULL when not known; buyer_name, buyer_country as entered
--   status, marketplace, category, sub_reason: names of the Java enums; created_at: when the case was opened (UTC)
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW complaint_buyer_facts AS
SELECT id, case_number, marketplace, buyer_account, buyer_name, buyer_country, category, sub_reason, status, created_at
FROM complaint;
