package com.claimdesk.messaging;

import java.time.Instant;

/**
 * A reply went to the buyer. Published inside the transaction that stored it, so that a feature which waits for
 * the first answer (the first-response deadline) can note it in the same commit.
 */
public record ReplySent(long complaintId, Instant sentAt) {
}
