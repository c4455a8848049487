package com.claimdesk.review;

import java.time.Instant;

/** A recorded review. */
public record ReviewSummary(Rating rating, String comment, String reviewedBy, Instant reviewedAt) {
}
