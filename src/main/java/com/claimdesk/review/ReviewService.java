package com.claimdesk.review;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.claimdesk.settlement.SettlementService;
import com.claimdesk.settlement.SettlementSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reviewing finished cases. Only team leads review; a case is reviewed once, and the review (with any lesson drawn
 * from it) goes into the case's history.
 */
@Service
@Validated
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    public static final int QUEUE_SIZE = 200;

    private final CaseReviewRepository reviews;
    private final LessonRepository lessons;
    private final ComplaintService complaints;
    private final AuditService history;
    private final AuditLog audit;
    private final NegotiationService negotiation;
    private final SettlementService settlements;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final com.claimdesk.complaint.Cases cases;
    private final Clock clock;
    private final com.claimdesk.deadline.DeadlineService deadlines;
    private final ApplicationEventPublisher events;

    ReviewService(com.claimdesk.deadline.DeadlineService deadlines, CaseReviewRepository reviews, LessonRepository lessons, ComplaintService complaints,
                  AuditService history, AuditLog audit, NegotiationService negotiation, SettlementService settlements,
                  UserService users, JdbcTemplate jdbc, Clock clock, com.claimdesk.complaint.Cases cases,
                  ApplicationEventPublisher events) {
        this.deadlines = deadlines;
        this.events = events;
        this.reviews = reviews;
        this.lessons = lessons;
        this.complaints = complaints;
        this.history = history;
        this.audit = audit;
        this.negotiation = negotiation;
        this.settlements = settlements;
        this.users = users;
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    /** Resolved and closed cases nobody has reviewed, oldest resolution first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public List<ReviewQueueItem> queue() {
        return jdbc.query("""
                SELECT c.id, c.case_number, c.buyer_name, c.marketplace, c.category, c.status, u.display_name,
                       c.created_at, c.resolved_at
                  FROM complaint_facts c
                  LEFT JOIN case_review r ON r.complaint_id = c.id
                  LEFT JOIN user_names u ON u.id = c.assignee_id
                 WHERE c.status IN ('RESOLVED', 'CLOSED') AND r.id IS NULL
                 ORDER BY c.resolved_at, c.id
                 LIMIT ?""", (rs, i) -> new ReviewQueueItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                Marketplace.valueOf(rs.getString(4)), Category.valueOf(rs.getString(5)),
                ComplaintStatus.valueOf(rs.getString(6)), rs.getString(7), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9))), QUEUE_SIZE);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public long queueSize() {
        Long n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM complaint_facts c LEFT JOIN case_review r ON r.complaint_id = c.id
                 WHERE c.status IN ('RESOLVED', 'CLOSED') AND r.id IS NULL""", Long.class);
        return n == null ? 0 : n;
    }

    /** Everything the review screen shows of one case. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public ReviewStory story(String caseNumber) {
        ComplaintSnapshot c = complaints.get(caseNumber);
        Instant firstReply = cases.facts(c.id()).firstResponseAt();
        SettlementSummary settlement = settlements.find(c.id()).orElse(null);
        var talks = negotiation.view(c.id());
        Instant settledAt = settlement != null ? settlement.settledAt() : c.resolvedAt();
        int rounds = (int) talks.rounds().stream()
                .filter(r -> settledAt == null || !r.proposedAt().isAfter(settledAt)).count();
        return new ReviewStory(c, history.history(c.id()),
                firstReply == null ? null : Duration.between(c.createdAt(), firstReply),
                c.resolvedAt() == null ? null : Duration.between(c.createdAt(), c.resolvedAt()),
                talks, rounds, settlement, reviews.findByComplaintId(c.id()).map(this::view).orElse(null),
                deadlines.forCase(c.id()));
    }

    /**
     * Records the review and, if the form names one, a lesson for the checklist (filed under the case's category,
     * product and root cause). Refused for an open case and for a case already reviewed.
     */
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public ReviewSummary review(String caseNumber, @Valid @NotNull ReviewForm form) {
        ComplaintSnapshot c = complaints.get(caseNumber);
        if (c.status().isOpen()) {
            throw new DomainException("review.error.open", "Case " + caseNumber + " is still open", caseNumber);
        }
        if (reviews.existsByComplaintId(c.id())) {
            throw new DomainException("review.error.already", "Case " + caseNumber + " was reviewed", caseNumber);
        }
        Instant now = clock.instant();
        var saved = reviews.save(new CaseReview(c.id(), form.getRating(), form.getComment(), CurrentUser.id(), now));
        audit.record(c.id(), AuditAction.REVIEWED, "rating", null,
                form.getRating() + (saved.getComment() == null ? "" : " · " + saved.getComment()));
        if (form.wantsLesson()) {
            RootCause cause = c.closing() != null ? c.closing().getRootCause() : RootCause.UNKNOWN;
            var lesson = lessons.save(new Lesson(c.id(), c.details().getCategory(), c.details().getSku(), cause,
                    form.getLessonTitle(), form.getLessonBody(), CurrentUser.id(), now));
            audit.record(c.id(), AuditAction.LESSON_RECORDED, "lesson", null, lesson.getId() + " · " + form.getLessonTitle().strip());
            events.publishEvent(new LessonChanged(lesson.getId(), c.id()));
        }
        log.info("Case {} reviewed by {}: {}", caseNumber, CurrentUser.require().getUsername(), form.getRating());
        return view(saved);
    }

    private ReviewSummary view(CaseReview r) {
        return new ReviewSummary(r.getRating(), r.getComment(),
                users.findRef(r.getReviewedById()).map(UserRef::displayName).orElse("?"), r.getReviewedAt());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
