package com.claimdesk.review;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.RootCause;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A checklist item as agents read it; {@code caseNumber} names the case it was learnt from, if any. */
public record LessonSummary(long id, Category category, String sku, RootCause rootCause, String title, String body,
                         Long complaintId, @Nullable String caseNumber, Instant createdAt, boolean active) {
}
