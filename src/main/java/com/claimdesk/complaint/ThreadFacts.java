package com.claimdesk.complaint;

import com.claimdesk.messaging.CaseBuyers;
import com.claimdesk.messaging.ReplySent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * What other modules tell a case and the thread needs of it: the buyer's name for a buyer's message, a reply that
 * stops the first-response clock, and the next deadline; each noted on the case in the teller's transaction.
 */
@Component
class ThreadFacts implements CaseBuyers {

    private final ComplaintRepository complaints;

    ThreadFacts(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> buyerName(long complaintId) {
        return complaints.findById(complaintId).map(Complaint::getBuyerName);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReplySent reply) {
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
