package com.claimdesk.order;

/** What storing an order (or a case, in an import) did. */
public enum UpsertOutcome {
    CREATED, UPDATED, UNCHANGED
}
