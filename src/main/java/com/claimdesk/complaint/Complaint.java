package com.claimdesk.complaint;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.base.OrderFacts;
import com.claimdesk.base.Shipment;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case: one buyer's complaint about one order, from first message to closing. The aggregate guards its own
 * rules (status lifecycle, sub-reason within category, money that is never negative), so no caller can bypass them.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Marketplace marketplace;

    @Column(name = "order_number", nullable = false, length = 64)
    private String orderNumber;

    @Embedded
    private OrderFacts order;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "claimed_amount", precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "claimed_currency", length = 3))})
    private Money claimedAmount;

    @Embedded
    private Buyer buyer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_reason", nullable = false, length = 48)
    private SubReason subReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplaintStatus status;

    @Convert(converter = Priority.RankConverter.class)
    @Column(nullable = false)
    private Priority priority;

    /** A user of the security module, by id (entities stay in their module: docs/decisions/080-modules.md). */
    @Column(name = "assignee_id")
    private Long assigneeId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "complaint_tag", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    /** Null when every shipment column is (Hibernate's way with an empty embeddable); read through the getter. */
    @Embedded
    private Shipment shipment;

    @Column(length = 4000)
    private String summary;

    @Column(length = 64)
    private String sku;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", length = 40)
    private RootCause rootCause;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Responsibility responsibility;

    @Column(name = "prevention_note", length = ClosingDetails.MAX_NOTE)
    private String preventionNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "updated_by_id")
    private Long updatedById;

    /** When the team first answered the buyer (the earliest reply), for the reports' response times. */
    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** The most urgent pending deadline; kept by the deadline feature with SQL, never written from here. */
    @Column(name = "next_deadline_at", insertable = false, updatable = false)
    private Instant nextDeadlineAt;

    /** {@code next_deadline_at}, or far in the future when there is none (a generated column, for the queue index). */
    @Column(name = "urgency_at", insertable = false, updatable = false)
    private Instant urgencyAt;

    /** Status not RESOLVED or CLOSED (a generated column): the "open" filter as one value, for the queue indexes. */
    @Column(name = "is_open", insertable = false, updatable = false)
    private Boolean open;

    @Version
    private long version;

    /**
     * What happened to the case since it was last stored, published by Spring Data when the service saves it
     * (inside the transaction: listeners keep their data about the case in step). A new case is announced once it
     * has its id.
     */
    @jakarta.persistence.Transient
    private final transient java.util.List<ComplaintEvent> events = new java.util.ArrayList<>();
    @jakarta.persistence.Transient
    private transient boolean announceOpened;

    protected Complaint() {
    }

    /** Opens a new case in status NEW. */
    public Complaint(String caseNumber, ComplaintDetails details, Long createdById, Instant now) {
        this.caseNumber = caseNumber;
        this.status = ComplaintStatus.NEW;
        this.createdById = createdById;
        this.createdAt = now;
        apply(details, now);
        this.announceOpened = true;
    }

    /** Replaces the editable facts; the same rules as at creation apply. */
    public void update(ComplaintDetails details, Instant now) {
        apply(details, now);
        record(new ComplaintEvent.Edited(id == null ? 0 : id));
    }

    private void record(ComplaintEvent event) {
        // before its first save a case has no id yet and nobody to tell: it is announced as opened then
        if (id != null) {
            events.add(event);
        }
    }

    /** Demo seeding writes a case with its whole past at once; the features seed their own data for it. */
    void seededSilently() {
        announceOpened = false;
        events.clear();
    }

    @org.springframework.data.domain.DomainEvents
    java.util.List<ComplaintEvent> domainEvents() {
        var all = new java.util.ArrayList<ComplaintEvent>();
        if (announceOpened && id != null) {
            all.add(new ComplaintEvent.Opened(id));
        }
        all.addAll(events);
        return all;
    }

    @org.springframework.data.domain.AfterDomainEventPublication
    void eventsPublished() {
        events.clear();
        if (id != null) {
            announceOpened = false;
        }
    }

    private void apply(ComplaintDetails d, Instant now) {
        if (d.getSubReason() != null && d.getCategory() != null && d.getSubReason().category() != d.getCategory()) {
            throw new DomainException("complaint.subReason.mismatch",
                    "Sub-reason " + d.getSubReason() + " is not of category " + d.getCategory());
        }
        if (!d.getShipment().isDeliveredAfterShipped()) {
            throw new DomainException("complaint.shipment.deliveredBeforeShipped", "Delivered before shipped");
        }
        if (!d.isShippedAfterOrder()) {
            throw new DomainException("complaint.shipment.shippedBeforeOrder", "Shipped before ordered");
        }
        if (d.getTags().size() > ComplaintDetails.MAX_TAGS) {
            throw new DomainException("complaint.tags.invalid", "Too many tags");
        }
        this.marketplace = d.getMarketplace();
        this.orderNumber = d.getOrderNumber();
        this.order = d.orderFacts();
        this.claimedAmount = Money.entered(d.getClaimedAmount(),
                d.getClaimedCurrency() == null ? d.getOrderCurrency() : d.getClaimedCurrency());
        this.buyer = d.getBuyer();
        this.shipment = d.getShipment();
        this.category = d.getCategory();
        this.subReason = d.getSubReason();
        this.priority = d.getPriority();
        this.summary = blankToNull(d.getSummary());
        this.sku = blankToNull(d.getSku());
        this.tags.clear();
        d.getTags().stream().map(ComplaintDetails::normalizeTag).filter(t -> !t.isEmpty()).forEach(tags::add);
        this.updatedAt = now;
    }

    /**
     * Moves the case along its lifecycle; an illegal step throws with a message that names both states, so the
     * UI can say why.
     */
    public void changeStatus(ComplaintStatus target, Instant now) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new DomainException("complaint.status.illegal",
                    "Case " + caseNumber + " cannot move from " + status + " to " + target, status, target);
        }
        if (status.isReopenedBy(target)) {
            reopenCount++;
            resolvedAt = null;
            closedAt = null;
        }
        if (target == ComplaintStatus.RESOLVED) {
            resolvedAt = now;
        }
        if (target == ComplaintStatus.CLOSED) {
            // a closed case must say why it happened and who bore it, or the team learns nothing from it
            if (rootCause == null || responsibility == null) {
                throw new DomainException("complaint.close.rootCauseRequired",
                        "Case " + caseNumber + " cannot be closed without root cause and responsibility");
            }
            closedAt = now;
        }
        ComplaintStatus from = status;
        status = target;
        updatedAt = now;
        record(new ComplaintEvent.StatusChanged(id == null ? 0 : id, from, target));
    }

    /** Closes the case with what it teaches: root cause, responsibility and an optional prevention note. */
    public void close(ClosingDetails closing, Instant now) {
        if (closing == null || closing.getRootCause() == null || closing.getResponsibility() == null) {
            throw new DomainException("complaint.close.rootCauseRequired",
                    "Case " + caseNumber + " cannot be closed without root cause and responsibility");
        }
        if (!status.canMoveTo(ComplaintStatus.CLOSED)) {
            throw new DomainException("complaint.status.illegal",
                    "Case " + caseNumber + " cannot move from " + status + " to CLOSED", status, ComplaintStatus.CLOSED);
        }
        this.rootCause = closing.getRootCause();
        this.responsibility = closing.getResponsibility();
        String note = closing.getPreventionNote() == null ? null : closing.getPreventionNote().strip();
        this.preventionNote = note == null || note.isEmpty() ? null : note;
        changeStatus(ComplaintStatus.CLOSED, now);
    }

    /** Assigns the case to a user ({@code null}: nobody); a disabled user cannot take cases. */
    public void assignTo(Long userId, boolean userEnabled, Instant now) {
        if (userId != null && !userEnabled) {
            throw new DomainException("complaint.assign.disabledUser", "Cannot assign to a disabled user");
        }
        boolean changed = !java.util.Objects.equals(this.assigneeId, userId);
        this.assigneeId = userId;
        this.updatedAt = now;
        if (changed) {
            record(new ComplaintEvent.Assigned(id == null ? 0 : id, userId));
        }
    }

    /** A reply went to the buyer at {@code sentAt}: the first response is the earliest one. */
    void replied(Instant sentAt) {
        if (firstResponseAt == null || sentAt.isBefore(firstResponseAt)) {
            firstResponseAt = sentAt;
        }
    }

    public Instant getFirstResponseAt() { return firstResponseAt; }

    /** Remembers who made the latest change, so that a colleague whose save loses is told by whom. */
    public void changedBy(long actorId) {
        this.updatedById = actorId;
    }

    /** The tracking says someone other than the buyer signed: the classic "signed for, but not by me" case. */
    public boolean signerDiffersFromBuyer() {
        return getShipment().signerDiffersFrom(buyer);
    }

    /** The details as the form edits them. */
    public ComplaintDetails toDetails() {
        var d = new ComplaintDetails();
        d.setMarketplace(marketplace);
        d.setOrderNumber(orderNumber);
        d.orderFacts(order);
        d.setClaimedAmount(claimedAmount == null ? null : claimedAmount.amount());
        d.setClaimedCurrency(claimedAmount == null ? order.orderValue().currencyCode() : claimedAmount.currencyCode());
        d.setBuyer(buyer);
        d.setShipment(getShipment());
        d.setCategory(category);
        d.setSubReason(subReason);
        d.setPriority(priority);
        d.setSummary(summary);
        d.setSku(sku);
        d.setTags(new LinkedHashSet<>(tags));
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public Marketplace getMarketplace() { return marketplace; }
    public String getOrderNumber() { return orderNumber; }
    public OrderFacts getOrder() { return order; }
    public Money getClaimedAmount() { return claimedAmount; }
    public Buyer getBuyer() { return buyer; }
    public Category getCategory() { return category; }
    public SubReason getSubReason() { return subReason; }
    public ComplaintStatus getStatus() { return status; }
    public Priority getPriority() { return priority; }
    public Long getAssigneeId() { return assigneeId; }
    public Set<String> getTags() { return Collections.unmodifiableSet(tags); }
    public Shipment getShipment() { return shipment == null ? Shipment.NONE : shipment; }
    // the deadline feature follows these dates; it reads them here until it reads cases through ComplaintService
    public @Nullable LocalDate getShippedOn() { return getShipment().shippedOn(); }
    public @Nullable LocalDate getPromisedDeliveryOn() { return getShipment().promisedDeliveryOn(); }
    public @Nullable LocalDate getDeliveredOn() { return getShipment().deliveredOn(); }
    public String getSummary() { return summary; }
    public String getSku() { return sku; }
    public int getReopenCount() { return reopenCount; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public RootCause getRootCause() { return rootCause; }
    public Responsibility getResponsibility() { return responsibility; }
    public String getPreventionNote() { return preventionNote; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getCreatedById() { return createdById; }
    public Long getUpdatedById() { return updatedById; }
    public Instant getNextDeadlineAt() { return nextDeadlineAt; }
    public long getVersion() { return version; }
}
