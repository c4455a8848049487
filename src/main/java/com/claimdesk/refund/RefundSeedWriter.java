package com.claimdesk.refund;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.Money;
import com.claimdesk.settings.ApprovalLevel;
import com.claimdesk.settings.TeamSettingsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a back-dated, decided refund request for start-up seeding (demo data), so that a seeded settlement's refund
 * line is a request like any other (docs/decisions/070-refund-integrity.md). It goes through the aggregate: the level
 * follows the limits, and above the agent limit someone else with that level approves it. Not a service; no view
 * can reach it. The caller's transaction writes the case, its refunds and its settlement together.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
public class RefundSeedWriter {

    private final RefundRequestRepository requests;
    private final TeamSettingsService settings;
    private final AuditLog audit;

    RefundSeedWriter(RefundRequestRepository requests, TeamSettingsService settings, AuditLog audit) {
        this.requests = requests;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * @param approvers who approves at each level above the agent's ({@code MANAGER}, {@code LEAD}); never the
     *                  requester
     * @return the request's id, for the settlement's refund line
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public long writeApproved(long complaintId, Money amount, String reason, long requestedById,
                              Map<ApprovalLevel, Long> approvers, Instant requestedAt, Instant decidedAt) {
        var conversion = settings.toBase(amount, LocalDate.ofInstant(requestedAt, ZoneOffset.UTC));
        ApprovalLevel level = settings.limits().levelFor(conversion.base());
        var request = new RefundRequest(complaintId, null, conversion, RefundMethod.PLATFORM_REFUND, reason, level,
                false, requestedById, requestedAt);
        if (request.getStatus() == RefundStatus.PENDING) {
            Long approver = approvers.get(level);
            if (approver == null || approver == requestedById) {
                throw new IllegalStateException("No approver other than the requester for a " + level + " refund");
            }
            request.approve(approver, levelsUpTo(level), request.getVersion(), null, decidedAt);
        }
        RefundRequest saved = requests.save(request);
        audit.record(complaintId, AuditAction.REFUND_REQUESTED, level.name(), null,
                conversion.original() + " (" + conversion.base() + ")");
        if (level != ApprovalLevel.AGENT) {
            audit.record(complaintId, AuditAction.REFUND_APPROVED, level.name(), null, conversion.original().toString());
        }
        return saved.getId();
    }

    private static Set<ApprovalLevel> levelsUpTo(ApprovalLevel level) {
        return level == ApprovalLevel.LEAD ? EnumSet.allOf(ApprovalLevel.class)
                : EnumSet.of(ApprovalLevel.AGENT, ApprovalLevel.MANAGER);
    }
}
