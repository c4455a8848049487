package com.claimdesk.complaint;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes cases with their history back-dated, for start-up seeding where nobody is signed in (demo data). It goes
 * through the aggregate, so every rule still holds; it is not a service and no view can reach it.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
public class ComplaintSeedWriter {

    private final ComplaintRepository complaints;
    private final CaseNumberGenerator caseNumbers;
    private final EntityManager em;
    private final com.claimdesk.audit.AuditLog audit;

    ComplaintSeedWriter(ComplaintRepository complaints, CaseNumberGenerator caseNumbers, EntityManager em,
                        com.claimdesk.audit.AuditLog audit) {
        this.complaints = complaints;
        this.caseNumbers = caseNumbers;
        this.em = em;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public long count() {
        return complaints.count();
    }

    /**
     * Opens a case at {@code createdAt}, walks it through {@code statusPath} one step per {@code stepEvery}, and
     * assigns it. Returns the case's id.
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public long write(ComplaintDetails details, List<ComplaintStatus> statusPath, Long assigneeId, Long createdById,
                        Instant createdAt, Duration stepEvery) {
        return write(details, statusPath, assigneeId, createdById, createdAt, stepEvery, null);
    }

    /** As above; a path that closes the case closes it with {@code closing} (root cause and responsibility). */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public long write(ComplaintDetails details, List<ComplaintStatus> statusPath, Long assigneeId, Long createdById,
                      Instant createdAt, Duration stepEvery, ClosingDetails closing) {
        var c = new Complaint(caseNumbers.next(), details, createdById, createdAt);
        Instant t = createdAt;
        if (assigneeId != null) {
            c.assignTo(assigneeId, true, t);
        }
        for (ComplaintStatus next : statusPath) {
            t = t.plus(stepEvery);
            if (next == ComplaintStatus.CLOSED && closing != null) {
                c.close(closing, t);
            } else {
                c.changeStatus(next, t);
            }
        }
        if (createdById != null) {
            c.changedBy(createdById);
        }
        c.seededSilently();
        complaints.save(c);
        audit.record(c.getId(), com.claimdesk.audit.AuditAction.CASE_OPENED, null, null, c.getCaseNumber());
        return c.getId();
    }
}
