package com.claimdesk.review;

import org.jspecify.annotations.Nullable;

/**
 * A lesson was written, changed or retired, published in the transaction that stored it, whoever did it (the
 * checklist page or a review). The search module indexes the lesson's case again after the commit, so
 * that the case is found by its lesson's words (docs/decisions/140-search.md).
 *
 * @param complaintId the case the lesson was drawn from; none for a lesson written on the checklist page
 */
public record LessonChanged(long lessonId, @Nullable Long complaintId) {
}
