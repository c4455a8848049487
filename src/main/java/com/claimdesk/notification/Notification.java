package com.claimdesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "notification")
class Notification {

    /** Arguments are kept as text joined by the ASCII unit separator, which no user text contains. */
    private static final String SEPARATOR = "\u001f";
    static final int MAX_ARGS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private NotificationKind kind;

    @Column(name = "complaint_id", updatable = false)
    private Long complaintId;

    @Column(name = "case_number", length = 20, updatable = false)
    private String caseNumber;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(name = "message_args", length = MAX_ARGS_LENGTH, updatable = false)
    private String messageArgs;

    @Column(name = "dedup_key", length = 190, updatable = false)
    private String dedupKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, NotificationKind kind, Long complaintId, String caseNumber, String messageKey,
                 List<String> args, String dedupKey, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.complaintId = complaintId;
        this.caseNumber = caseNumber;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
        this.messageArgs = joined.length() > MAX_ARGS_LENGTH ? joined.substring(0, MAX_ARGS_LENGTH) : joined;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationSummary view() {
        List<String> args = messageArgs == null || messageArgs.isEmpty() ? List.of()
                : new ArrayList<>(Arrays.asList(messageArgs.split(SEPARATOR, -1)));
        return new NotificationSummary(id, kind, complaintId, caseNumber, messageKey, args, createdAt, readAt);
    }

    Long getId() {
        return id;
    }

    long getRecipientId() {
        return recipientId;
    }
}
