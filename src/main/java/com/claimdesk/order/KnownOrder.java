package com.claimdesk.order;

import java.time.Instant;

/** A stored order with what only the system knows about it. */
public record KnownOrder(long id, OrderDetails details, Instant createdAt, Instant updatedAt) {
}
