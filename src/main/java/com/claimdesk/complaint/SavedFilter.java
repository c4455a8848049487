package com.claimdesk.complaint;

import com.claimdesk.complaint.QueueFilter.AssigneeScope;
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

/** A saved view of the queue: a named filter set, its owner's or the team's. */
@Entity
@Table(name = "saved_queue_filter")
class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = SavedFilterService.MAX_NAME)
    private String name;

    @Column(nullable = false)
    private boolean team;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 24)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Marketplace marketplace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssigneeScope assignee;

    @Column(name = "search_text", nullable = false, length = SavedFilterCriteria.MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QueueFilter.Due due;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_field", nullable = false, length = 24)
    private QueueSort.Field sortField;

    @Column(name = "sort_asc", nullable = false)
    private boolean sortAscending;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SavedFilter() {
    }

    SavedFilter(String name, boolean team, long ownerId, SavedFilterCriteria criteria, Instant now) {
        this.name = name;
        this.team = team;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.status = criteria.status();
        this.category = criteria.category();
        this.marketplace = criteria.marketplace();
        this.assignee = criteria.assignee();
        this.text = criteria.text();
        this.due = criteria.due();
        this.sortField = criteria.sort().field();
        this.sortAscending = criteria.sort().ascending();
    }

    void rename(String newName) {
        this.name = newName;
    }

    SavedFilterCriteria criteria() {
        return new SavedFilterCriteria(status, category, marketplace, assignee, text, due,
                new QueueSort(sortField, sortAscending));
    }

    Long getId() { return id; }
    String getName() { return name; }
    boolean isTeam() { return team; }
    long getOwnerId() { return ownerId; }
}
