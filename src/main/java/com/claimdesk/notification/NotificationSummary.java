package com.claimdesk.notification;

import java.time.Instant;
import java.util.List;

/** A notification as the list shows it; {@code messageKey} and {@code args} are translated by the reader's UI. */
public record NotificationSummary(long id, NotificationKind kind, Long complaintId, String caseNumber, String messageKey,
                               List<String> args, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
