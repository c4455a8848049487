package com.claimdesk.deadline;

import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
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

/** The team's targets for a priority on a marketplace (null: any): first response and resolution, in hours. */
@Entity
@Table(name = "sla_policy")
class SlaPolicy {

    static final int MAX_HOURS = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Marketplace marketplace;

    @Column(name = "first_response_hours", nullable = false)
    private int firstResponseHours;

    @Column(name = "resolution_hours", nullable = false)
    private int resolutionHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Counting counting;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Version
    private long version;

    protected SlaPolicy() {
    }

    SlaPolicy(SlaDetails v, Long by, Instant now) {
        this.priority = v.priority();
        this.marketplace = v.marketplace();
        change(v, by, now);
    }

    void change(SlaDetails v, Long by, Instant now) {
        if (v.firstResponseHours() < 1 || v.resolutionHours() > MAX_HOURS) {
            throw new DomainException("deadline.error.hoursRange", "Hours out of range", MAX_HOURS);
        }
        if (v.resolutionHours() < v.firstResponseHours()) {
            throw new DomainException("deadline.error.resolutionBeforeResponse", "Resolution before first response");
        }
        this.firstResponseHours = v.firstResponseHours();
        this.resolutionHours = v.resolutionHours();
        this.counting = v.counting();
        this.updatedById = by;
        this.updatedAt = now;
    }

    String basis(boolean firstResponse) {
        return "SLA " + priority + " " + (marketplace == null ? "*" : marketplace.name()) + " +"
                + (firstResponse ? firstResponseHours : resolutionHours) + " HOURS " + counting;
    }

    SlaDetails view() {
        return new SlaDetails(id, priority, marketplace, firstResponseHours, resolutionHours, counting, version);
    }

    Long getId() { return id; }
    Priority getPriority() { return priority; }
    Marketplace getMarketplace() { return marketplace; }
    int getFirstResponseHours() { return firstResponseHours; }
    int getResolutionHours() { return resolutionHours; }
    Counting getCounting() { return counting; }
    long getVersion() { return version; }
}
