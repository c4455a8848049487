package com.claimdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A lead's review of one case. Written once: a second opinion is a comment on the case, not a new rating. */
@Entity
@Immutable
@Table(name = "case_review")
class CaseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Rating rating;

    @Column(name = "review_comment", length = 2000, updatable = false)
    private String comment;

    @Column(name = "reviewed_by_id", nullable = false, updatable = false)
    private long reviewedById;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected CaseReview() {
    }

    CaseReview(long complaintId, Rating rating, String comment, long reviewedById, Instant reviewedAt) {
        this.complaintId = complaintId;
        this.rating = rating;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.reviewedById = reviewedById;
        this.reviewedAt = reviewedAt;
    }

    Rating getRating() { return rating; }
    String getComment() { return comment; }
    long getReviewedById() { return reviewedById; }
    Instant getReviewedAt() { return reviewedAt; }
}
