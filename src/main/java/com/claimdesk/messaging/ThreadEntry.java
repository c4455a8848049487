package com.claimdesk.messaging;

import java.time.Instant;

/** A thread entry as the case page shows it. The body is plain text: the UI never renders it as HTML. */
public record ThreadEntry(long id, MessageKind kind, MessageChannel channel, String authorName, String language,
                          String body, Instant sentAt, Instant recordedAt) {
}
