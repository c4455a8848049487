-- A refund beyond the case's bottom line needs a manager even within the agent limit; the request remembers it.
ALTER TABLE refund_request ADD COLUMN beyond_bottom_line BOOLEAN NOT NULL DEFAULT FALSE;
