package com.claimdesk.deadline;

import com.claimdesk.complaint.CaseFacts;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Gives a demo case the deadlines it would have had if it had been worked in ClaimDesk: SLA targets from its start
 * (met by its first reply and its resolution), its promised delivery date, and for escalated platform cases an open
 * dispute with the marketplace rule's dates. Dates that passed unmet are written as already missed, so a fresh demo
 * does not start with a flood of notifications. Some long-running cases had their resolution target extended,
 * which gives the queue a realistic mix of overdue, at-risk and comfortable cases. Demo data only.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
public class DeadlineSeedWriter {

    private final DeadlineKeeper keeper;
    private final DeadlineRepository deadlines;
    private final DeadlineService service;
    DeadlineSeedWriter(DeadlineKeeper keeper, DeadlineRepository deadlines, DeadlineService service) {
        this.keeper = keeper;
        this.deadlines = deadlines;
        this.service = service;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public void write(long complaintId, Instant now, Random random) {
        CaseFacts c = keeper.complaint(complaintId);
        keeper.createSlaDeadlines(c, null);
        List<Deadline> all = deadlines.findByComplaintIdOrderByDueAtAscIdAsc(complaintId);
        Instant firstReply = c.firstResponseAt();
        for (Deadline d : all) {
            if (d.getKind() == DeadlineKind.FIRST_RESPONSE && firstReply != null) {
                d.markMet(firstReply);
            } else if (d.getKind() == DeadlineKind.RESOLUTION_TARGET && c.resolvedAt() != null) {
                d.markMet(c.resolvedAt());
            }
        }
        if (c.status().isOpen()) {
            if (c.status() == ComplaintStatus.ESCALATED) {
                openDispute(c, now, random);
            }
            for (Deadline d : all) {
                boolean waiting = d.getState() == DeadlineState.OPEN;
                if (waiting && d.getKind() == DeadlineKind.RESOLUTION_TARGET && d.getDueAt().isBefore(now)) {
                    // the buyer agreed to wait (carrier inquiry, production): the team moved its own target
                    int hours = random.nextInt(-30, 240);
                    Instant to = now.plus(Duration.ofHours(hours));
                    if (to.isAfter(d.getDueAt())) {
                        Long by = c.assigneeId();
                        d.extend(to, by, "Buyer agreed to wait for the carrier's answer",
                                to.isAfter(now) ? now : to.minusSeconds(3600));
                    }
                }
            }
        }
        for (Deadline d : deadlines.findByComplaintIdOrderByDueAtAscIdAsc(complaintId)) {
            d.missIfPassed(now);
        }
        keeper.refreshNext(complaintId);
    }

    private void openDispute(CaseFacts c, Instant now, Random random) {
        PlatformEvent event = c.marketplace() == Marketplace.AMAZON ? PlatformEvent.A_TO_Z_CLAIM
                : c.marketplace() == Marketplace.OWN_SHOP || c.marketplace() == Marketplace.DIRECT_B2B
                ? PlatformEvent.CHARGEBACK_RECEIVED : PlatformEvent.DISPUTE_OPENED;
        Instant opened = now.minus(Duration.ofHours(random.nextInt(6, 24 * 6)));
        if (opened.isBefore(c.createdAt())) {
            opened = c.createdAt();
        }
        WorkingCalendar calendar = keeper.calendar();
        for (MarketplaceRule r : service.rulesFor(event, c.marketplace())) {
            deadlines.save(new Deadline(c.id(), r.getDeadlineKind(),
                    calendar.plus(opened, r.getOffsetAmount(), r.getOffsetUnit(), r.getCounting()), DeadlineSource.RULE,
                    r.getId(), r.basis(), opened, null, null, opened));
        }
    }
}
