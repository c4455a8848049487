package com.claimdesk.order;

import java.time.Instant;

/**
 * Where the previous page of orders ended: pages run by last change, then id, so a client that pages through
 * everything and later continues from its last cursor sees every order changed since.
 */
public record OrderCursor(Instant updatedAt, long id) {
}
