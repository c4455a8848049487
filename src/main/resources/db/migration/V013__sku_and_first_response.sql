-- The product a complaint is about (SKU), for reports and lessons by product.
ALTER TABLE complaint
    ADD COLUMN sku               VARCHAR(64) NULL,
    ADD COLUMN first_response_at DATETIME(6) NULL,
    ADD KEY ix_complaint_sku (sku),
    ADD KEY ix_complaint_created_at (created_at);

-- When the team first answered the buyer, kept on the case by the thread so that reports need no join per case.
UPDATE complaint c
   SET first_response_at = (SELECT MIN(m.sent_at) FROM case_message m WHERE m.complaint_id = c.id AND m.kind = 'REPLY');
