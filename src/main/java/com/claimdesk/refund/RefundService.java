package com.claimdesk.refund;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.settings.Conversion;
import com.claimdesk.notification.NotificationKind;
import com.claimdesk.notification.Notifier;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.claimdesk.settings.ApprovalLevel;
import com.claimdesk.settings.TeamSettingsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Asking for refunds and deciding on them. The limits are checked against the amount and rate stored with the
 * request; every decision, and every refused attempt to decide, is audited and logged.
 */
@Service
@Validated
public class RefundService {

    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    private final RefundRequestRepository requests;
    private final TeamSettingsService settings;
    private final ComplaintService complaints;
    private final UserService users;
    private final AuditLog audit;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Notifier notifier;
    private final NegotiationService negotiation;

    RefundService(RefundRequestRepository requests, TeamSettingsService settings, ComplaintService complaints,
                  UserService users, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
                  org.springframework.jdbc.core.JdbcTemplate jdbc, Notifier notifier, NegotiationService negotiation) {
        this.negotiation = negotiation;
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.requests = requests;
        this.settings = settings;
        this.complaints = complaints;
        this.users = users;
        this.audit = audit;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records a request. Within the agent limit it is settled at once; above it, it waits for a manager or lead and
     * the case goes to AWAITING_APPROVAL.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public RefundSummary request(long complaintId, @Valid @NotNull NewRefund refund) {
        var conversion = settings.toBaseToday(Money.of(refund.getAmount(), refund.getCurrency()));
        ApprovalLevel level = settings.limits().levelFor(conversion.base());
        boolean beyond = beyondBottomLine(complaintId, conversion);
        var saved = requests.save(new RefundRequest(complaintId, refund.getOfferId(), conversion, refund.getMethod(),
                refund.getReason(), level, beyond, CurrentUser.id(), clock.instant()));
        level = saved.getRequiredLevel();
        audit.record(complaintId, AuditAction.REFUND_REQUESTED, level.name(), null,
                conversion.original() + " (" + conversion.base() + ")");
        if (saved.getStatus() == RefundStatus.PENDING) {
            complaints.awaitApproval(complaintId);
        }
        log.info("Refund {} on case id {} requested by {}: {} = {} at {} ({}), needs {}", saved.getId(), complaintId,
                CurrentUser.require().getUsername(), conversion.original(), conversion.base(), conversion.rate(),
                conversion.rateValidFrom(), level);
        return summary(saved);
    }

    /**
     * Corrects a request that still waits (amount, currency, method, reason). Converted again with today's rate; the
     * editor can no longer approve it.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public RefundSummary edit(long requestId, @Valid @NotNull NewRefund refund) {
        RefundRequest request = requests.findForDecision(requestId)
                .orElseThrow(() -> new NotFoundException("refund.error.notFound", "No refund " + requestId));
        Money before = request.amount();
        var conversion = settings.toBaseToday(Money.of(refund.getAmount(), refund.getCurrency()));
        ApprovalLevel level = settings.limits().levelFor(conversion.base());
        request.edit(conversion, refund.getMethod(), refund.getReason(), level,
                beyondBottomLine(request.getComplaintId(), conversion), CurrentUser.id(), clock.instant());
        level = request.getRequiredLevel();
        audit.record(request.getComplaintId(), AuditAction.REFUND_EDITED, level.name(), before.toString(),
                conversion.original() + " (" + conversion.base() + ")");
        if (request.getStatus() != RefundStatus.PENDING
                && requests.countByComplaintIdAndStatus(request.getComplaintId(), RefundStatus.PENDING) == 0) {
            complaints.leaveApproval(request.getComplaintId());
        }
        log.info("Refund {} edited by {}: {} -> {} ({}), needs {}", requestId, CurrentUser.require().getUsername(),
                before, conversion.original(), conversion.base(), level);
        return summary(request);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public RefundSummary approve(long requestId, String comment) {
        return decide(requestId, comment, true);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public RefundSummary reject(long requestId, String comment) {
        return decide(requestId, comment, false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<RefundSummary> forCase(long complaintId) {
        return summaries(requests.findByComplaintIdOrderByRequestedAtAscIdAsc(complaintId));
    }

    /** What waits for the signed-in manager or lead: pending at a level they hold, requested by someone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MANAGER')")
    public List<RefundSummary> waitingForMe() {
        return summaries(requests.waitingFor(levelsOf(CurrentUser.require()), CurrentUser.id()));
    }

    /** How many requests wait for the signed-in user, for the navigation badge. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countWaitingForMe() {
        ClaimDeskUserDetails me = CurrentUser.require();
        if (!me.hasRole(Role.MANAGER)) {
            return 0;
        }
        // counted by the database: with thousands waiting, loading them all for the badge on every navigation hurt
        return Math.toIntExact(requests.countWaitingFor(levelsOf(me), me.id()));
    }

    private RefundSummary decide(long requestId, String comment, boolean approve) {
        ClaimDeskUserDetails me = CurrentUser.require();
        RefundRequest request = requests.findForDecision(requestId)
                .orElseThrow(() -> new NotFoundException("refund.error.notFound", "No refund " + requestId));
        try {
            if (approve) {
                request.approve(me.id(), levelsOf(me), comment, clock.instant());
            } else {
                request.reject(me.id(), levelsOf(me), comment, clock.instant());
            }
        } catch (DomainException refused) {
            // the decision is rolled back with this transaction; the refused attempt is kept in its own
            separateTransaction.executeWithoutResult(s -> audit.record(request.getComplaintId(),
                    AuditAction.REFUND_DENIED, refused.messageKey(), null, "refund " + requestId));
            log.warn("Refund {} decision by {} refused: {}", requestId, me.getUsername(), refused.getMessage());
            throw refused;
        }
        audit.record(request.getComplaintId(), approve ? AuditAction.REFUND_APPROVED : AuditAction.REFUND_REJECTED,
                request.getRequiredLevel().name(), null, request.amount() + (comment == null ? "" : " · " + comment));
        if (requests.countByComplaintIdAndStatus(request.getComplaintId(), RefundStatus.PENDING) == 0) {
            complaints.approvalDecided(request.getComplaintId());
        }
        log.info("Refund {} {} by {}", requestId, approve ? "approved" : "rejected", me.getUsername());
        RefundSummary decided = summary(request);
        // the requester learns of it in their notifications, committed with the decision
        notifier.send(request.getRequestedById(), approve ? NotificationKind.REFUND_APPROVED : NotificationKind.REFUND_REJECTED,
                request.getComplaintId(), decided.caseNumber(),
                approve ? "notification.refund.approved" : "notification.refund.rejected",
                request.amount(), decided.caseNumber(), me.displayName(), comment == null ? "" : comment);
        return decided;
    }

    /**
     * Which approval a refund of {@code amount} on this case would need if it were asked for now, and why: the same
     * conversion, limits and bottom line as {@link #request}, nothing stored. For the form, before it is sent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public RefundApproval approvalFor(long complaintId, @NotNull Money amount) {
        var conversion = settings.toBaseToday(amount);
        var limits = settings.limits();
        ApprovalLevel byLimits = limits.levelFor(conversion.base());
        boolean beyond = beyondBottomLine(complaintId, conversion);
        Money exceeded = switch (byLimits) {
            case AGENT -> null;
            case MANAGER -> limits.agentLimit();
            case LEAD -> limits.managerLimit();
        };
        Money bottomLine = beyond ? negotiation.bottomLine(complaintId).map(l -> l.maxAmount()).orElse(null) : null;
        return new RefundApproval(RefundRequest.atLeastManagerIfBeyond(byLimits, beyond), conversion.original(),
                conversion.base(), limits.agentLimit(), exceeded, bottomLine);
    }

    /**
     * Whether the refund gives more than the bottom line allows. Compared in the bottom line's currency when they
     * match, otherwise both converted to the base currency with today's rates. No bottom line, nothing to go beyond.
     */
    private boolean beyondBottomLine(long complaintId, Conversion refund) {
        return negotiation.bottomLine(complaintId).map(line -> {
            Money max = line.maxAmount();
            if (max.currencyCode().equals(refund.original().currencyCode())) {
                return line.exceededBy(refund.original());
            }
            return refund.base().amount().compareTo(settings.toBaseToday(max).base().amount()) > 0;
        }).orElse(false);
    }

    private static Set<ApprovalLevel> levelsOf(ClaimDeskUserDetails user) {
        Set<ApprovalLevel> levels = EnumSet.of(ApprovalLevel.AGENT);
        if (user.hasRole(Role.MANAGER)) {
            levels.add(ApprovalLevel.MANAGER);
        }
        if (user.hasRole(Role.LEAD)) {
            levels.add(ApprovalLevel.LEAD);
        }
        return levels;
    }

    private RefundSummary summary(RefundRequest r) {
        return summaries(List.of(r)).getFirst();
    }

    /** Case numbers and people's names are looked up once per list, not once per row. */
    private List<RefundSummary> summaries(List<RefundRequest> list) {
        Map<Long, String> caseNumbers = caseNumbersOf(list.stream().map(RefundRequest::getComplaintId).distinct().toList());
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(r -> new RefundSummary(r.getId(), r.getComplaintId(),
                caseNumbers.computeIfAbsent(r.getComplaintId(), this::caseNumberOf), r.getOfferId(), r.amount(),
                r.baseAmount(), r.getRate().stripTrailingZeros(), r.getRateValidFrom(), r.getMethod(), r.getReason(),
                r.getRequiredLevel(), r.getStatus(), names.computeIfAbsent(r.getRequestedById(), this::name),
                r.getRequestedAt(), r.getDecidedById() == null ? null : names.computeIfAbsent(r.getDecidedById(), this::name),
                r.getDecidedAt(), r.getDecisionComment(), r.isBeyondBottomLine())).toList();
    }

    private String caseNumberOf(long complaintId) {
        return jdbc.queryForObject("SELECT case_number FROM complaint WHERE id = ?", String.class, complaintId);
    }

    /** In chunks: the approval queue at scale holds thousands of requests (docs/decisions/050-scale.md). */
    private Map<Long, String> caseNumbersOf(List<Long> complaintIds) {
        Map<Long, String> found = new HashMap<>();
        for (int from = 0; from < complaintIds.size(); from += 1000) {
            List<Long> chunk = complaintIds.subList(from, Math.min(complaintIds.size(), from + 1000));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("SELECT id, case_number FROM complaint WHERE id IN (" + marks + ")",
                    rs -> { found.put(rs.getLong(1), rs.getString(2)); }, chunk.toArray());
        }
        return found;
    }

    private String name(long userId) {
        return users.findRef(userId).map(UserRef::displayName).orElse("?");
    }
}
