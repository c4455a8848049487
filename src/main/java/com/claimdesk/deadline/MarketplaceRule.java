package com.claimdesk.deadline;

import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.Marketplace;
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

/** When {@code event} happens on {@code marketplace} (null: any), a {@code deadlineKind} falls an offset later. */
@Entity
@Table(name = "marketplace_rule")
class MarketplaceRule {

    static final int MAX_OFFSET = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Marketplace marketplace;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", nullable = false, length = 32)
    private PlatformEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false, length = 32)
    private DeadlineKind deadlineKind;

    @Column(name = "offset_amount", nullable = false)
    private int offsetAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "offset_unit", nullable = false, length = 8)
    private OffsetUnit offsetUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Counting counting;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Version
    private long version;

    protected MarketplaceRule() {
    }

    MarketplaceRule(RuleDetails values, Long by, Instant now) {
        change(values, by, now);
    }

    void change(RuleDetails v, Long by, Instant now) {
        if (v.event() == null || v.deadlineKind() == null || v.unit() == null || v.counting() == null) {
            throw new DomainException("deadline.error.ruleIncomplete", "Rule incomplete");
        }
        if (v.offset() < 1 || v.offset() > MAX_OFFSET) {
            throw new DomainException("deadline.error.offsetRange", "Offset out of range " + v.offset(), MAX_OFFSET);
        }
        this.marketplace = v.marketplace();
        this.event = v.event();
        this.deadlineKind = v.deadlineKind();
        this.offsetAmount = v.offset();
        this.offsetUnit = v.unit();
        this.counting = v.counting();
        this.active = v.active();
        this.updatedById = by;
        this.updatedAt = now;
    }

    /** The values a deadline copies, readable in the audit trail and on the case page. */
    String basis() {
        return (marketplace == null ? "*" : marketplace.name()) + " " + event + " +" + offsetAmount + " " + offsetUnit
                + " " + counting;
    }

    RuleDetails view() {
        return new RuleDetails(id, marketplace, event, deadlineKind, offsetAmount, offsetUnit, counting, active, version);
    }

    Long getId() { return id; }
    Marketplace getMarketplace() { return marketplace; }
    PlatformEvent getEvent() { return event; }
    DeadlineKind getDeadlineKind() { return deadlineKind; }
    int getOffsetAmount() { return offsetAmount; }
    OffsetUnit getOffsetUnit() { return offsetUnit; }
    Counting getCounting() { return counting; }
    boolean isActive() { return active; }
    long getVersion() { return version; }
}
