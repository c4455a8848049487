package com.claimdesk.api;

import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.ThreadEntry;

import java.time.Instant;

/** A thread entry. Notes are internal: a client must never show them to the buyer. */
public record MessageResource(long id, MessageKind kind, MessageChannel channel, String author, String language,
                              String body, Instant sentAt, Instant recordedAt) {

    static MessageResource of(ThreadEntry e) {
        return new MessageResource(e.id(), e.kind(), e.channel(), e.authorName(), e.language(), e.body(), e.sentAt(),
                e.recordedAt());
    }
}
