package com.claimdesk.demo;

import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.settlement.SettlementForm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One demo case to write: its facts, the statuses it walks through from NEW one {@code stepEvery} apart, who has
 * it, and for a finished case its settlement (and its root cause once closed).
 */
record DemoCase(ComplaintDetails details, List<ComplaintStatus> statusPath, String assignee, Long assigneeId,
                Long createdById, Instant createdAt, Duration stepEvery, ClosingDetails closing,
                SettlementForm settlement) {

    /** When the case was (last) resolved: the settlement's day. */
    Instant resolvedAt() {
        int i = statusPath.lastIndexOf(ComplaintStatus.RESOLVED);
        return createdAt.plus(stepEvery.multipliedBy(i + 1L));
    }

    ComplaintStatus finalStatus() {
        return statusPath.isEmpty() ? ComplaintStatus.NEW : statusPath.getLast();
    }

    boolean open() {
        return finalStatus().isOpen();
    }
}
