package com.claimdesk.complaint;

import java.time.Instant;

/**
 * A reply went to the buyer (told by the thread, which the messaging module owns): the case notes its first response
 * and the first-response deadline is met. Published inside the transaction that stored the reply, so that every
 * listener notes it in the same commit (docs/decisions/080-modules.md).
 */
public record CaseReplied(long complaintId, Instant sentAt) {
}
