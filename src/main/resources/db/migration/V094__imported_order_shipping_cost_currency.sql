-- A known order stores its amounts as Money, an amount with its own currency, like a case does (the shared
-- OrderFacts value object, docs/decisions/080-modules.md "Value objects"). The shipping cost had no currency column:
-- it was always in the order's currency, so that is what the existing rows get.
ALTER TABLE imported_order
    ADD COLUMN shipping_cost_currency VARCHAR(3) NULL AFTER shipping_cost_amount;

UPDATE imported_order SET shipping_cost_currency = order_value_currency WHERE shipping_cost_amount IS NOT NULL;

ALTER TABLE imported_order
    ADD CONSTRAINT ck_imported_order_shipping_currency
        CHECK ((shipping_cost_amount IS NULL) = (shipping_cost_currency IS NULL));
