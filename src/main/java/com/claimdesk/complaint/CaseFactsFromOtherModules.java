package com.claimdesk.complaint;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules tell a case: a reply that stops the first-response clock, and the moment of the next
 * deadline; each noted on the case in the teller's transaction, by this module (it owns the table).
 */
@Component
class CaseFactsFromOtherModules {

    private final ComplaintRepository complaints;

    CaseFactsFromOtherModules(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseReplied reply) {
        complaints.findById(reply.complaintId()).ifPresent(c -> c.replied(reply.sentAt()));
    }

    /**
     * Written with SQL, not through the entity: a deadline changing must not change the case's version, or a
     * colleague's open page would be called stale. A finished case has none.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(NextDeadlineOfCase next) {
        complaints.setNextDeadline(next.complaintId(), next.next() == null ? null : java.sql.Timestamp.from(next.next()));
    }
}
