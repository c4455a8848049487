-- Settlement guidance asks, for each of a case's peers, whether a chargeback came (chargeback_facts, V160). Chargebacks
-- are rare: with the kind first the question is one probe of this index that finds nothing, instead of reading
-- every deadline row of the case (docs/decisions/160-settlement-guidance.md).
CREATE INDEX ix_deadline_kind_complaint ON deadline (kind, complaint_id);
