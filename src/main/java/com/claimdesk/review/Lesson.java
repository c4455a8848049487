package com.claimdesk.review;

import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.RootCause;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One item of the prevention checklist. */
@Entity
@Table(name = "lesson")
class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Category category;

    @Column(length = 64)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", nullable = false, length = 40)
    private RootCause rootCause;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String body;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Lesson() {
    }

    Lesson(Long complaintId, Category category, String sku, RootCause rootCause, String title, String body,
           long createdById, Instant now) {
        this.complaintId = complaintId;
        this.createdById = createdById;
        this.createdAt = now;
        change(category, sku, rootCause, title, body, now);
    }

    void change(Category category, String sku, RootCause rootCause, String title, String body, Instant now) {
        if (category == null || rootCause == null || title == null || title.isBlank()) {
            throw new DomainException("lesson.error.incomplete", "A lesson needs category, root cause and title");
        }
        this.category = category;
        this.sku = sku == null || sku.isBlank() ? null : sku.strip().toUpperCase(java.util.Locale.ROOT);
        this.rootCause = rootCause;
        this.title = title.strip();
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.updatedAt = now;
    }

    void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    LessonSummary view(String caseNumber) {
        return new LessonSummary(id, category, sku, rootCause, title, body, complaintId, caseNumber, createdAt, active);
    }

    Long getId() { return id; }
    Long getComplaintId() { return complaintId; }
    String getTitle() { return title; }
    String getBody() { return body; }
}
