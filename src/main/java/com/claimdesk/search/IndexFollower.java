package com.claimdesk.search;

import com.claimdesk.complaint.ComplaintEvent;
import com.claimdesk.evidence.EvidenceChanged;
import com.claimdesk.messaging.ThreadEntryAdded;
import com.claimdesk.review.LessonChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the index in step with the modules that own what it holds: after each commit that changed a case, its
 * thread, its evidence or a lesson drawn from it, the case is indexed again. These are durable listeners: Spring Modulith stores each event
 * in {@code event_publication} with the change and deletes it only once the case is indexed and committed, and hands
 * what a crash left over to the listener again at the next start. At start the index is also checked against the
 * cases and rebuilt in the background when it does not hold them all (docs/decisions/140-search.md).
 */
@Component
class IndexFollower {

    private final CaseIndex index;
    private final SearchProperties properties;

    IndexFollower(CaseIndex index, SearchProperties properties) {
        this.index = index;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ComplaintEvent event) {
        index.reindex(List.of(event.complaintId()));
    }

    @ApplicationModuleListener
    void on(ThreadEntryAdded event) {
        index.reindex(List.of(event.complaintId()));
    }

    @ApplicationModuleListener
    void on(EvidenceChanged event) {
        index.reindex(List.of(event.complaintId()));
    }

    @ApplicationModuleListener
    void on(LessonChanged event) {
        if (event.complaintId() != null) {
            index.reindex(List.of(event.complaintId()));
        }
    }

    /** After the start-up runners (demo seeding among them), so the cases are all there to count. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (properties.catchUpAtStart()) {
            index.catchUp();
        }
    }
}
