package com.claimdesk.messaging;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Writes back-dated thread entries for start-up seeding (demo data), where nobody is signed in. Goes through the
 * entity's rules like every other write; it is not a service and no view can reach it.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
public class ThreadSeedWriter {

    private final CaseMessageRepository messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    ThreadSeedWriter(CaseMessageRepository messages, org.springframework.context.ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public void write(long complaintId, MessageKind kind, MessageChannel channel, Long authorId, String authorName,
                      String language, String body, Instant sentAt) {
        messages.save(new CaseMessage(complaintId, kind, channel, authorId, authorName, language, body, sentAt, sentAt));
        if (kind == MessageKind.REPLY) {
            // the case notes its first response like for a reply typed in (the case module handles it)
            events.publishEvent(new com.claimdesk.complaint.CaseReplied(complaintId, sentAt));
        }
    }
}
