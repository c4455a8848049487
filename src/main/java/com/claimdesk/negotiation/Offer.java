package com.claimdesk.negotiation;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One round of the negotiation. What was proposed never changes; only the answer does, once: an answered offer
 * stays answered, so the ladder of rounds is a true record of what was on the table when.
 */
@Entity
@Table(name = "negotiation_offer")
class Offer {

    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Proposer proposer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Resolution resolution;

    @Column(name = "wait_days", updatable = false)
    private Integer waitDays;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 19, scale = 4, updatable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3, updatable = false))})
    private Money amount;

    @Column(length = MAX_NOTE, updatable = false)
    private String note;

    /** When it was proposed: the buyer's or platform's original time when pasted, our time for our own offers. */
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_id", updatable = false)
    private Long recordedById;

    @Column(name = "recorded_by_name", nullable = false, length = 120, updatable = false)
    private String recordedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Answer answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Offer() {
    }

    Offer(long complaintId, Proposer proposer, Resolution resolution, Integer waitDays, Money amount, String note,
          Instant proposedAt, Instant recordedAt, Long recordedById, String recordedByName) {
        if (resolution.needsAmount() && amount == null) {
            throw new DomainException("negotiation.error.amountRequired", "A refund offer needs an amount");
        }
        if (amount != null && amount.isNegative()) {
            throw new DomainException("negotiation.error.negative", "Negative offer");
        }
        if (resolution.needsDays() && (waitDays == null || waitDays <= 0)) {
            throw new DomainException("negotiation.error.daysRequired", "Waiting needs a number of days");
        }
        if (proposedAt.isAfter(recordedAt.plusSeconds(300))) {
            throw new DomainException("negotiation.error.inFuture", "Offer proposed in the future");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainException("negotiation.error.noteTooLong", "Note too long", MAX_NOTE);
        }
        this.complaintId = complaintId;
        this.proposer = proposer;
        this.resolution = resolution;
        this.waitDays = resolution.needsDays() ? waitDays : null;
        this.amount = amount;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.proposedAt = proposedAt;
        this.recordedAt = recordedAt;
        this.recordedById = recordedById;
        this.recordedByName = recordedByName;
        this.answer = Answer.OPEN;
    }

    /** Gives the answer; an offer is answered once, and OPEN is not an answer. */
    void answer(Answer given, Instant at) {
        if (answer != Answer.OPEN) {
            throw new DomainException("negotiation.error.alreadyAnswered", "Offer " + id + " is already " + answer);
        }
        if (given == null || given == Answer.OPEN) {
            throw new DomainException("negotiation.error.answerNotAllowed", "OPEN is not an answer");
        }
        this.answer = given;
        this.answeredAt = at;
    }

    long getComplaintId() {
        return complaintId;
    }

    Long getId() {
        return id;
    }

    Answer getAnswer() {
        return answer;
    }

    OfferRound toRound(Money orderValue) {
        return new OfferRound(id, proposer, resolution, waitDays, amount, NegotiationPolicy.share(amount, orderValue),
                note, proposedAt, recordedByName, answer, answeredAt);
    }

    /** How the audit trail shows this offer, in names that do not change with the viewer's language. */
    String describe() {
        return "#" + id + " " + proposer + " · " + resolution + (waitDays == null ? "" : " " + waitDays + "d")
                + (amount == null ? "" : " · " + amount);
    }
}
