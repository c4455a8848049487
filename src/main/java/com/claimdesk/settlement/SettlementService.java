package com.claimdesk.settlement;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.CaseSteps;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.OfferRound;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundAssessment;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.refund.RefundSummary;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.claimdesk.settings.TeamSettingsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recording how a case was settled. Settling resolves the case; it is refused while a refund still waits for
 * approval and once the case is closed. Every refund in the ledger is a refund request of the case, asked for through
 * {@link RefundService} when it is typed into the ledger. Lines are converted with the rates of the day the case was first settled,
 * so correcting a settlement later does not move its cost with today's rates.
 */
@Service
@Validated
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final SettlementRepository settlements;
    private final CaseSteps caseSteps;
    private final com.claimdesk.complaint.Cases cases;
    private final NegotiationService negotiation;
    private final RefundService refunds;
    private final TeamSettingsService settings;
    private final UserService users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MessagesI18NProvider messages;
    private final ApplicationEventPublisher events;

    SettlementService(SettlementRepository settlements, CaseSteps caseSteps, NegotiationService negotiation,
                      RefundService refunds, TeamSettingsService settings, UserService users, AuditLog audit,
                      JdbcTemplate jdbc, Clock clock, MessagesI18NProvider messages, com.claimdesk.complaint.Cases cases,
                      ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
        this.settlements = settlements;
        this.caseSteps = caseSteps;
        this.cases = cases;
        this.negotiation = negotiation;
        this.refunds = refunds;
        this.settings = settings;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The recorded settlement, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<SettlementSummary> find(long complaintId) {
        return settlements.findByComplaintId(complaintId).map(this::view);
    }

    /**
     * What the form starts from: the recorded settlement, or else a proposal from the accepted offer (its
     * resolution, linked) and the approved refunds (one REFUND line each, with their stored amounts).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public SettlementForm proposal(long complaintId) {
        List<RefundSummary> approved = refunds.forCase(complaintId).stream()
                .filter(r -> r.status() == RefundStatus.APPROVED).toList();
        var recorded = settlements.findByComplaintId(complaintId);
        var form = new SettlementForm();
        if (recorded.isPresent()) {
            SettlementSummary v = view(recorded.get());
            form.setResolution(v.resolution());
            form.setOfferId(v.offerId());
            form.setBuyerStays(v.buyerStays());
            form.setFeedback(v.feedback());
            form.setNote(v.note());
            v.costs().forEach(l -> form.getCosts().add(new CostLine(l.kind(), l.amount().amount(),
                    l.amount().currencyCode(), l.refundRequestId(), l.note())));
            return form;
        }
        negotiation.view(complaintId).rounds().stream()
                .filter(r -> r.answer() == Answer.ACCEPTED)
                .max(Comparator.comparing(OfferRound::answeredAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .ifPresent(accepted -> {
                    form.setResolution(accepted.resolution());
                    form.setOfferId(accepted.id());
                });
        approved.forEach(r -> form.getCosts().add(new CostLine(CostKind.REFUND, r.amount().amount(),
                r.amount().currencyCode(), r.id(), r.reason().length() > 500 ? r.reason().substring(0, 500) : r.reason())));
        return form;
    }

    /**
     * Records (or corrects) the settlement and resolves the case. A refund line typed into the ledger is asked for
     * like any refund ({@link RefundService#request}: limits, bottom line, four eyes): within the user's limit it is
     * settled at once and the line is linked to it; if one needs approval, the requests are kept, the case waits for
     * the decision and nothing else is recorded ({@link RefundAwaitsApproval}, which commits rather than rolls back).
     * See docs/decisions/070-refund-integrity.md.
     */
    @Transactional(noRollbackFor = RefundAwaitsApproval.class)
    @PreAuthorize("hasRole('AGENT')")
    public SettlementSummary settle(long complaintId, @Valid @NotNull SettlementForm form) {
        ComplaintStatus status = statusOf(complaintId);
        if (status == ComplaintStatus.CLOSED) {
            throw new DomainException("settlement.error.closed", "Case " + complaintId + " is closed");
        }
        Map<Long, RefundSummary> caseRefunds = refunds.forCase(complaintId).stream()
                .collect(Collectors.toMap(RefundSummary::id, Function.identity()));
        if (caseRefunds.values().stream().anyMatch(r -> r.status() == RefundStatus.PENDING)) {
            throw new DomainException("settlement.error.refundPending", "Case " + complaintId + " has a pending refund");
        }
        if (form.getOfferId() != null && negotiation.view(complaintId).rounds().stream()
                .noneMatch(r -> r.id() == form.getOfferId())) {
            throw new DomainException("settlement.error.offer", "Offer " + form.getOfferId() + " is not of case " + complaintId);
        }
        var existing = settlements.findForChange(complaintId);
        Map<Integer, RefundSummary> requested = requestLedgerRefunds(complaintId, status, form,
                existing.map(Settlement::refundsBookedWithoutRequest).orElse(List.of()));
        requested.values().forEach(r -> caseRefunds.put(r.id(), r));
        Settlement settlement = existing.orElseGet(() -> new Settlement(complaintId, settings.limits().baseCurrency(),
                clock.instant(), CurrentUser.id()));
        LocalDate rateDay = LocalDate.ofInstant(settlement.getSettledAt(), ZoneOffset.UTC);
        String base = settings.limits().baseCurrency();
        List<Settlement.BookedLine> lines = new ArrayList<>();
        for (int i = 0; i < form.getCosts().size(); i++) {
            CostLine line = form.getCosts().get(i);
            Long refundId = requested.containsKey(i) ? Long.valueOf(requested.get(i).id()) : line.getRefundRequestId();
            Money amount;
            if (refundId != null) {
                // the refund's own stored amount counts, never one from the form
                RefundSummary refund = caseRefunds.get(refundId);
                if (refund == null || refund.status() != RefundStatus.APPROVED) {
                    throw new DomainException("settlement.error.refund",
                            "Refund " + refundId + " is not an approved refund of case " + complaintId);
                }
                amount = refund.amount();
            } else {
                amount = Money.of(line.getAmount(), line.getCurrency());
            }
            lines.add(new Settlement.BookedLine(line.getKind(), settings.toBase(amount, rateDay), refundId,
                    line.getNote()));
        }
        String before = existing.map(Settlement::describe).orElse(null);
        settlement.record(form, base, lines);
        Settlement saved = settlements.saveAndFlush(settlement);
        audit.record(complaintId, existing.isPresent() ? AuditAction.SETTLEMENT_CHANGED : AuditAction.SETTLED,
                "settlement", before, saved.describe());
        if (status != ComplaintStatus.RESOLVED) {
            caseSteps.resolveBySettlement(complaintId);
        }
        events.publishEvent(new SettlementRecorded(complaintId));
        log.info("Case id {} settled by {}: {}", complaintId, CurrentUser.require().getUsername(), saved.describe());
        return view(saved);
    }

    /**
     * What a refund line of this amount would need (level, bottom line, the case's refunds with it), so the form can
     * say it before the user saves.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public RefundAssessment assessRefundLine(long complaintId, @NotNull Money amount) {
        return refunds.assess(complaintId, amount);
    }

    /**
     * Asks for the refund lines that name no request, in the order of the ledger. Lines booked without a request
     * before that was required ({@code bookedBefore}) stay as they were. A resolved case cannot wait for approval:
     * a refund that would need it is refused before anything is asked (reopen the case first).
     */
    private Map<Integer, RefundSummary> requestLedgerRefunds(long complaintId, ComplaintStatus status,
                                                             SettlementForm form, List<Money> bookedBefore) {
        List<Money> keptAsBooked = new ArrayList<>(bookedBefore);
        Map<Integer, Money> toAsk = new TreeMap<>();
        for (int i = 0; i < form.getCosts().size(); i++) {
            CostLine line = form.getCosts().get(i);
            if (line.getKind() != CostKind.REFUND || line.getRefundRequestId() != null) {
                continue;
            }
            Money amount = Money.of(line.getAmount(), line.getCurrency());
            if (!keptAsBooked.remove(amount)) {
                toAsk.put(i, amount);
            }
        }
        if (toAsk.isEmpty()) {
            return new TreeMap<>();
        }
        if (status == ComplaintStatus.RESOLVED) {
            for (Money amount : toAsk.values()) {
                if (!refunds.assess(complaintId, amount).settledAtOnce()) {
                    throw new DomainException("settlement.error.refundNeedsReopen",
                            "Case " + complaintId + " is resolved; a refund of " + amount + " needs approval", amount);
                }
            }
        }
        Map<Integer, RefundSummary> requested = new TreeMap<>();
        toAsk.forEach((i, amount) -> requested.put(i, refunds.request(complaintId, refundFor(form, form.getCosts().get(i)))));
        if (requested.values().stream().anyMatch(r -> r.status() == RefundStatus.PENDING)) {
            log.info("Case id {}: ledger refunds by {} wait for approval: {}", complaintId,
                    CurrentUser.require().getUsername(), requested.values().stream().map(RefundSummary::amount).toList());
            throw new RefundAwaitsApproval(complaintId, requested);
        }
        return requested;
    }

    /** The request a ledger line stands for: its note is the reason an approver reads, or else a plain one. */
    private NewRefund refundFor(SettlementForm form, CostLine line) {
        var refund = new NewRefund();
        refund.setAmount(line.getAmount());
        refund.setCurrency(line.getCurrency());
        refund.setMethod(RefundMethod.PLATFORM_REFUND);
        String note = line.getNote() == null ? "" : line.getNote().strip();
        refund.setReason(note.isEmpty() ? messages.getTranslation("settlement.refund.reason",
                CurrentUser.require().locale()) : note);
        refund.setOfferId(form.getOfferId());
        return refund;
    }

    private ComplaintStatus statusOf(long complaintId) {
        return cases.facts(complaintId).status();
    }

    private SettlementSummary view(Settlement s) {
        return s.view(users.findRef(s.getSettledById()).map(UserRef::displayName).orElse("?"));
    }
}
