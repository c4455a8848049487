package com.claimdesk.refund;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.CaseSteps;
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
import org.jspecify.annotations.Nullable;
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
 * Asking for refunds and deciding on them. The limits are checked against the case's standing refunds together,
 * each with the amount and rate stored with it; every decision, and every refused attempt to decide or edit, is
 * audited and logged. It is the one way a refund is given: a refund typed into a settlement's ledger comes here too
 * (docs/decisions/070-refund-integrity.md).
 */
@Service
@Validated
public class RefundService {

    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    private final RefundRequestRepository requests;
    private final TeamSettingsService settings;
    private final CaseSteps caseSteps;
    private final com.claimdesk.complaint.Cases cases;
    private final UserService users;
    private final AuditLog audit;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Notifier notifier;
    private final NegotiationService negotiation;

    RefundService(RefundRequestRepository requests, TeamSettingsService settings, CaseSteps caseSteps,
                  UserService users, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
                  org.springframework.jdbc.core.JdbcTemplate jdbc, Notifier notifier, NegotiationService negotiation, com.claimdesk.complaint.Cases cases) {
        this.negotiation = negotiation;
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.requests = requests;
        this.settings = settings;
        this.caseSteps = caseSteps;
        this.cases = cases;
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
        // two requests on one case at the same moment: the second is judged with the first counted
        caseSteps.lockForDecision(complaintId);
        var conversion = settings.toBaseToday(Money.of(refund.getAmount(), refund.getCurrency()));
        Judgement judged = judge(complaintId, conversion, null);
        var saved = requests.save(new RefundRequest(complaintId, refund.getOfferId(), conversion, refund.getMethod(),
                refund.getReason(), judged.level(), judged.beyond(), CurrentUser.id(), clock.instant()));
        ApprovalLevel level = saved.getRequiredLevel();
        audit.record(complaintId, AuditAction.REFUND_REQUESTED, level.name(), null,
                conversion.original() + " (" + conversion.base() + ")");
        if (saved.getStatus() == RefundStatus.PENDING) {
            caseSteps.awaitApproval(complaintId);
        }
        log.info("Refund {} on case id {} requested by {}: {} = {} at {} ({}), needs {}", saved.getId(), complaintId,
                CurrentUser.require().getUsername(), conversion.original(), conversion.base(), conversion.rate(),
                conversion.rateValidFrom(), level);
        return summary(saved);
    }

    /**
     * Corrects a request that still waits (amount, currency, method, reason): only its requester may, and only the
     * version they were shown. Converted again with today's rate. A refused attempt is audited in its own
     * transaction, like a refused decision.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public RefundSummary edit(long requestId, long seenVersion, @Valid @NotNull NewRefund refund) {
        RefundRequest request = requests.findForDecision(requestId)
                .orElseThrow(() -> new NotFoundException("refund.error.notFound", "No refund " + requestId));
        Money before = request.amount();
        try {
            request.requireEditableBy(CurrentUser.id(), seenVersion);
        } catch (DomainException refused) {
            // audited in a transaction of its own, before this one holds the case (the audit row refers to it)
            auditRefused(request, AuditAction.REFUND_EDIT_DENIED, refused, "edit");
            throw refused;
        }
        caseSteps.lockForDecision(request.getComplaintId());
        var conversion = settings.toBaseToday(Money.of(refund.getAmount(), refund.getCurrency()));
        Judgement judged = judge(request.getComplaintId(), conversion, request.getId());
        request.edit(conversion, refund.getMethod(), refund.getReason(), judged.level(), judged.beyond(),
                CurrentUser.id(), seenVersion, clock.instant());
        ApprovalLevel level = request.getRequiredLevel();
        audit.record(request.getComplaintId(), AuditAction.REFUND_EDITED, level.name(), before.toString(),
                conversion.original() + " (" + conversion.base() + ")");
        if (request.getStatus() != RefundStatus.PENDING
                && requests.countByComplaintIdAndStatus(request.getComplaintId(), RefundStatus.PENDING) == 0) {
            caseSteps.leaveApproval(request.getComplaintId());
        }
        // the new version goes back to the caller, who decides or edits with it next
        requests.flush();
        log.info("Refund {} edited by {}: {} -> {} ({}), needs {}", requestId, CurrentUser.require().getUsername(),
                before, conversion.original(), conversion.base(), level);
        return summary(request);
    }

    /**
     * What a refund of {@code amount} on the case would need if asked for now (level, bottom line), without asking
     * for it: forms say it before the user saves. The request itself judges again when it is made.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public RefundAssessment assess(long complaintId, @NotNull Money amount) {
        var conversion = settings.toBaseToday(amount);
        Judgement judged = judge(complaintId, conversion, null);
        // as the request itself decides it
        ApprovalLevel level = RefundRequest.atLeastManagerIfBeyond(judged.level(), judged.beyond());
        var limits = settings.limits();
        Money limitExceeded = switch (judged.level()) {
            case AGENT -> null;
            case MANAGER -> limits.agentLimit();
            case LEAD -> limits.managerLimit();
        };
        Money bottomLine = judged.beyond()
                ? negotiation.bottomLine(complaintId).map(line -> line.maxAmount()).orElse(null) : null;
        return new RefundAssessment(conversion.original(), conversion.base(), level, judged.beyond(),
                judged.caseTotal(), limits.agentLimit(), limitExceeded, bottomLine);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public RefundSummary approve(long requestId, long seenVersion, @Nullable String comment) {
        return decide(requestId, seenVersion, comment, true);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public RefundSummary reject(long requestId, long seenVersion, String comment) {
        return decide(requestId, seenVersion, comment, false);
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

    /**
     * {@code seenVersion} is the version of the request the approver was shown: if it was edited since, nothing is
     * decided and the refusal names what it asks now (docs/decisions/070-refund-integrity.md).
     */
    private RefundSummary decide(long requestId, long seenVersion, String comment, boolean approve) {
        ClaimDeskUserDetails me = CurrentUser.require();
        RefundRequest request = requests.findForDecision(requestId)
                .orElseThrow(() -> new NotFoundException("refund.error.notFound", "No refund " + requestId));
        try {
            if (approve) {
                request.approve(me.id(), levelsOf(me), seenVersion, comment, clock.instant());
            } else {
                request.reject(me.id(), levelsOf(me), seenVersion, comment, clock.instant());
            }
        } catch (DomainException refused) {
            auditRefused(request, AuditAction.REFUND_DENIED, refused, approve ? "approve" : "reject");
            throw refused;
        }
        audit.record(request.getComplaintId(), approve ? AuditAction.REFUND_APPROVED : AuditAction.REFUND_REJECTED,
                request.getRequiredLevel().name(), null, request.amount() + (comment == null ? "" : " · " + comment));
        if (requests.countByComplaintIdAndStatus(request.getComplaintId(), RefundStatus.PENDING) == 0) {
            caseSteps.approvalDecided(request.getComplaintId());
        }
        requests.flush();
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
     * The attempt is rolled back with the caller's transaction; the refusal is kept in its own. The history names
     * the rule as the user was told it ({@code refund.denied.changed} for a changed request, whose own message needs
     * the new amount).
     */
    private void auditRefused(RefundRequest request, AuditAction action, DomainException refused, String attempt) {
        ClaimDeskUserDetails me = CurrentUser.require();
        String field = "refund.error.changed".equals(refused.messageKey()) ? "refund.denied.changed" : refused.messageKey();
        String what = "refund " + request.getId() + " · " + attempt
                + ("refund.error.changed".equals(refused.messageKey()) ? " · now " + request.amount() : "");
        separateTransaction.executeWithoutResult(s -> audit.record(request.getComplaintId(), action, field, null, what));
        log.warn("Refund {} {} by {} refused: {}", request.getId(), attempt, me.getUsername(), refused.getMessage());
    }

    /** The level a refund needs, whether it goes beyond the bottom line, and the case's refunds with it (base). */
    private record Judgement(ApprovalLevel level, boolean beyond, Money caseTotal) {
    }

    /**
     * Judges a refund together with the case's other refunds that stand (approved or waiting; {@code excludeId}, the
     * request being edited, left out): the limits and the bottom line are about what the buyer gets on the case, so
     * ten refunds of 200 need the approval one of 2,000 would (docs/decisions/070-refund-integrity.md). The bottom
     * line is compared in its own currency when every refund is in it, otherwise everything in the base currency with
     * today's rates. No bottom line, nothing to go beyond.
     */
    private Judgement judge(long complaintId, Conversion refund, Long excludeId) {
        String base = refund.base().currencyCode();
        List<RefundRequest> standing = requests.findByComplaintIdOrderByRequestedAtAscIdAsc(complaintId).stream()
                .filter(r -> r.getStatus() != RefundStatus.REJECTED && !r.getId().equals(excludeId))
                // requests booked in an earlier base currency cannot be added up with this one
                .filter(r -> r.baseAmount().currencyCode().equals(base))
                .toList();
        Money total = refund.base();
        for (RefundRequest r : standing) {
            total = total.plus(r.baseAmount());
        }
        Money caseTotal = total;
        ApprovalLevel level = settings.limits().levelFor(caseTotal);
        boolean beyond = negotiation.bottomLine(complaintId).map(line -> {
            Money max = line.maxAmount();
            boolean allInItsCurrency = refund.original().currencyCode().equals(max.currencyCode())
                    && standing.stream().allMatch(r -> r.amount().currencyCode().equals(max.currencyCode()));
            if (allInItsCurrency) {
                Money given = refund.original();
                for (RefundRequest r : standing) {
                    given = given.plus(r.amount());
                }
                return line.exceededBy(given);
            }
            return caseTotal.amount().compareTo(settings.toBaseToday(max).base().amount()) > 0;
        }).orElse(false);
        return new Judgement(level, beyond, caseTotal);
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
                r.getRequiredLevel(), r.getStatus(), r.getRequestedById(),
                names.computeIfAbsent(r.getRequestedById(), this::name), r.getRequestedAt(),
                r.getDecidedById() == null ? null : names.computeIfAbsent(r.getDecidedById(), this::name),
                r.getDecidedAt(), r.getDecisionComment(), r.isBeyondBottomLine(), r.getVersion())).toList();
    }

    private String caseNumberOf(long complaintId) {
        return cases.facts(complaintId).caseNumber();
    }

    /** In one query per thousand: the approval queue at scale holds thousands of requests (decision 050). */
    private Map<Long, String> caseNumbersOf(List<Long> complaintIds) {
        Map<Long, String> found = new HashMap<>();
        for (int from = 0; from < complaintIds.size(); from += 1000) {
            cases.facts(complaintIds.subList(from, Math.min(complaintIds.size(), from + 1000)))
                    .forEach((id, c) -> found.put(id, c.caseNumber()));
        }
        return found;
    }

    private String name(long userId) {
        return users.findRef(userId).map(UserRef::displayName).orElse("?");
    }
}
