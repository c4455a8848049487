package com.claimdesk.messaging;

import com.claimdesk.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of a case's thread. Written once; corrections are new entries, as in any conversation. */
@Entity
@Table(name = "case_message")
class CaseMessage {

    static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private MessageChannel channel;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Column(length = 16, updatable = false)
    private String language;

    @Column(nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    /** When it was sent: the buyer's original time for imported messages, our time for replies and notes. */
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseMessage() {
    }

    CaseMessage(long complaintId, MessageKind kind, MessageChannel channel, Long authorId, String authorName,
                String language, String body, Instant sentAt, Instant recordedAt) {
        if (body == null || body.isBlank()) {
            throw new DomainException("thread.error.empty", "Empty message");
        }
        if (body.length() > MAX_BODY) {
            throw new DomainException("thread.error.tooLong", "Message too long", MAX_BODY);
        }
        if (sentAt.isAfter(recordedAt.plusSeconds(300))) {
            throw new DomainException("thread.error.sentInFuture", "Message sent in the future");
        }
        if (kind != MessageKind.NOTE && channel == null) {
            throw new DomainException("thread.error.channel", "A message to or from the buyer needs a channel");
        }
        this.complaintId = complaintId;
        this.kind = kind;
        this.channel = kind == MessageKind.NOTE ? null : channel;
        this.authorId = authorId;
        this.authorName = authorName;
        this.language = language;
        this.body = body.strip();
        this.sentAt = sentAt;
        this.recordedAt = recordedAt;
    }

    ThreadEntry toEntry() {
        return new ThreadEntry(id, kind, channel, authorName, language, body, sentAt, recordedAt);
    }

    long getComplaintId() {
        return complaintId;
    }
}
