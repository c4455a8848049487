package com.claimdesk.importer;

/** What a file holds. */
public enum ImportKind {
    ORDERS, COMPLAINTS
}
