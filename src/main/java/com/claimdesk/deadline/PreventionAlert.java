package com.claimdesk.deadline;

import java.time.Instant;

/**
 * The late-delivery trap: the promised delivery date is near and the goods are not delivered. Shown until someone
 * marks the date extended on the platform (or the goods arrive).
 */
public record PreventionAlert(long deadlineId, Instant promisedBy, long version) {
}
