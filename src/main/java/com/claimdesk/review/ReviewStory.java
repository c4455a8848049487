package com.claimdesk.review;

import com.claimdesk.audit.AuditRecord;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.negotiation.NegotiationSummary;
import com.claimdesk.settlement.SettlementSummary;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The whole story of a case on one screen, for its review.
 *
 * @param firstResponse      from opening to the first reply; null if the buyer was never answered
 * @param timeToResolution   from opening to resolution; null while not resolved
 * @param roundsToSettlement offer rounds recorded before the case was settled
 * @param settlement         null if the case was resolved without recording a settlement
 * @param review             null until reviewed
 * @param deadlines          every deadline of the case with its state (met, missed, extended, open)
 */
public record ReviewStory(ComplaintSnapshot complaint, List<AuditRecord> timeline, @Nullable Duration firstResponse,
                          @Nullable Duration timeToResolution, NegotiationSummary negotiation, int roundsToSettlement,
                          @Nullable SettlementSummary settlement, @Nullable ReviewSummary review,
                          java.util.List<com.claimdesk.deadline.DeadlineSummary> deadlines) {
}
