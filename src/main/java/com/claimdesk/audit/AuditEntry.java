package com.claimdesk.audit;

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

/** One line of a case's history. Immutable: there is no way to change or remove it once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int MAX_VALUE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(length = 60, updatable = false)
    private String field;

    @Column(name = "old_value", length = MAX_VALUE_LENGTH, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE_LENGTH, updatable = false)
    private String newValue;

    protected AuditEntry() {
    }

    AuditEntry(long complaintId, Instant occurredAt, Long actorId, String actorName, AuditAction action, String field,
               String oldValue, String newValue) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorName, action, field, oldValue, newValue);
    }
}
