package com.claimdesk.review;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.RootCause;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Writes back-dated reviews and lessons for start-up seeding (demo data). Not a service; no view can reach it. Runs
 * in the caller's transaction, with the case it belongs to.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
public class ReviewSeedWriter {

    private final CaseReviewRepository reviews;
    private final LessonRepository lessons;
    private final AuditLog audit;

    ReviewSeedWriter(CaseReviewRepository reviews, LessonRepository lessons, AuditLog audit) {
        this.reviews = reviews;
        this.lessons = lessons;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public void review(long complaintId, Rating rating, String comment, long reviewerId, Instant at) {
        reviews.save(new CaseReview(complaintId, rating, comment, reviewerId, at));
        audit.record(complaintId, AuditAction.REVIEWED, "rating", null, rating + (comment == null ? "" : " · " + comment));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public void lesson(long complaintId, Category category, String sku, RootCause cause, String title, long authorId,
                       Instant at) {
        var lesson = lessons.save(new Lesson(complaintId, category, sku, cause, title, null, authorId, at));
        audit.record(complaintId, AuditAction.LESSON_RECORDED, "lesson", null, lesson.getId() + " · " + title);
    }
}
