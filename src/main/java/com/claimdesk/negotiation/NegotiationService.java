package com.claimdesk.negotiation;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The bottom line and the rounds of offers of a case, and which cases have an offer to take now. */
@Service
@Validated
public class NegotiationService {

    private static final Logger log = LoggerFactory.getLogger(NegotiationService.class);

    private final BottomLineRepository bottomLines;
    private final OfferRepository offers;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final NegotiationProperties properties;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final com.claimdesk.complaint.Cases cases;
    private final com.claimdesk.complaint.CaseSteps caseSteps;

    NegotiationService(BottomLineRepository bottomLines, OfferRepository offers, JdbcTemplate jdbc, AuditLog audit,
                       Clock clock, NegotiationProperties properties,
                       org.springframework.context.ApplicationEventPublisher events, com.claimdesk.complaint.Cases cases,
                       com.claimdesk.complaint.CaseSteps caseSteps) {
        this.events = events;
        this.cases = cases;
        this.caseSteps = caseSteps;
        this.bottomLines = bottomLines;
        this.offers = offers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public NegotiationSummary view(long complaintId) {
        return load(complaintId, orderValueOf(complaintId, false));
    }

    /**
     * Sets or changes the bottom line, in the order's currency. Once offers exist a change needs a reason: moving
     * the bottom line mid-negotiation is exactly the being-led-by-the-buyer the bottom line is there to prevent.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public NegotiationSummary setBottomLine(long complaintId, @Valid @NotNull BottomLineForm form) {
        Money orderValue = orderValueOf(complaintId, true);
        Money max = money(form.getMaxAmount(), orderValue.currency());
        String reason = form.getReason() == null || form.getReason().isBlank() ? null : form.getReason().strip();
        var existing = bottomLines.findByComplaintId(complaintId);
        if (existing.isPresent() && reason == null && offers.existsByComplaintId(complaintId)) {
            throw new DomainException("negotiation.error.reasonRequired",
                    "Changing the bottom line of case id " + complaintId + " after offers needs a reason");
        }
        ClaimDeskUserDetails me = CurrentUser.require();
        Instant now = clock.instant();
        String old = existing.map(BottomLine::describe).orElse(null);
        BottomLine line = existing.map(b -> {
            b.change(max, form.getAcceptable(), now, me.id(), me.displayName());
            return b;
        }).orElseGet(() -> new BottomLine(complaintId, max, form.getAcceptable(), now, me.id(), me.displayName()));
        line.suggestion(form.getSuggestedAmount() == null ? null
                : money(form.getSuggestedAmount(), orderValue.currency()), form.getSuggestedShare());
        line = bottomLines.save(line);
        audit.record(complaintId, AuditAction.BOTTOM_LINE_SET, "bottomLine", old,
                line.describe() + (reason == null ? "" : " · " + reason));
        log.info("Bottom line of case id {} set by {}", complaintId, me.getUsername());
        return load(complaintId, orderValue);
    }

    /**
     * Records an offer. Only one offer is open at a time: a new one counters the open one. We make no offer before
     * the bottom line is decided, or the buyer leads the negotiation.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public NegotiationSummary recordOffer(long complaintId, @Valid @NotNull NewOffer offer, @NotNull ZoneId viewerZone) {
        Money orderValue = orderValueOf(complaintId, true);
        if (offer.getProposer() == Proposer.US && bottomLines.findByComplaintId(complaintId).isEmpty()) {
            throw new DomainException("negotiation.error.bottomLineFirst",
                    "No offer from us on case id " + complaintId + " before a bottom line");
        }
        Money amount = offer.getAmount() == null ? null : money(offer.getAmount(),
                offer.getCurrency() == null || offer.getCurrency().isBlank() ? orderValue.currency()
                        : currency(offer.getCurrency()));
        Instant now = clock.instant();
        Instant proposedAt = offer.getProposer().isCounterparty() && offer.getProposedAt() != null
                ? offer.getProposedAt().atZone(viewerZone).toInstant() : now;
        ClaimDeskUserDetails me = CurrentUser.require();
        var recorded = new Offer(complaintId, offer.getProposer(), offer.getResolution(), offer.getWaitDays(), amount,
                offer.getNote(), proposedAt, now, me.id(), me.displayName());
        for (Offer open : offers.findByComplaintIdAndAnswer(complaintId, Answer.OPEN)) {
            open.answer(Answer.COUNTERED, now);
            audit.record(complaintId, AuditAction.OFFER_ANSWERED, "offer", open.describe(), Answer.COUNTERED.name());
        }
        recorded = offers.save(recorded);
        String note = recorded.toRound(orderValue).note();
        audit.record(complaintId, AuditAction.OFFER_RECORDED, "offer", null,
                recorded.describe() + (note == null ? "" : " · " + note));
        log.info("Offer {} recorded on case id {} by {}", recorded.getId(), complaintId, me.getUsername());
        return load(complaintId, orderValue);
    }

    /** Accepts, rejects, withdraws or expires the open offer; a counter is made by recording the next offer. */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public NegotiationSummary answer(long offerId, @NotNull Answer answer) {
        if (!answer.isGivenByHand()) {
            throw new DomainException("negotiation.error.answerNotAllowed", answer + " is not given by hand");
        }
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException(
                "negotiation.error.offerNotFound", "No offer with id " + offerId, offerId));
        Money orderValue = orderValueOf(offer.getComplaintId(), true);
        offer.answer(answer, clock.instant());
        audit.record(offer.getComplaintId(), AuditAction.OFFER_ANSWERED, "offer", offer.describe(), answer.name());
        log.info("Offer {} of case id {} answered {}", offerId, offer.getComplaintId(), answer);
        if (answer == Answer.ACCEPTED) {
            // the case's own step (guarded): an investigated or escalated case goes into negotiation
            caseSteps.towardSettlement(offer.getComplaintId());
            events.publishEvent(new OfferAccepted(offer.getComplaintId(), offerId));
        }
        return load(offer.getComplaintId(), orderValue);
    }

    /** The bottom line of a case, or empty while the team has not decided it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public java.util.Optional<BottomLineSummary> bottomLine(long complaintId) {
        return java.util.Optional.ofNullable(view(complaintId).bottomLine());
    }

    /** Of the given cases, those whose open offer can be accepted now (see {@link #queueMarks}). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Set<Long> casesWithAcceptableOffer(Collection<Long> complaintIds) {
        return queueMarks(complaintIds).settleNow();
    }

    /**
     * What the queue marks on one page of cases: open offers that can be accepted now, and buyer offers that have
     * waited for our answer longer than the settlement window. One query for the open offers and their bottom
     * lines; the same policy as the case page judges them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public QueueMarks queueMarks(Collection<Long> complaintIds) {
        if (complaintIds == null || complaintIds.isEmpty()) {
            return new QueueMarks(Set.of(), Set.of());
        }
        String marks = complaintIds.stream().map(id -> "?").collect(Collectors.joining(","));
        var settleNow = new HashSet<Long>();
        var waiting = new HashSet<Long>();
        Instant now = clock.instant();
        jdbc.query("""
                SELECT o.id, o.complaint_id, o.proposer, o.resolution, o.amount, o.currency, o.proposed_at,
                       b.max_amount, b.max_currency, b.acceptable_resolutions
                  FROM negotiation_offer o
                  LEFT JOIN negotiation_bottom_line b ON b.complaint_id = o.complaint_id
                 WHERE o.answer = 'OPEN' AND o.complaint_id IN (""" + marks + ")",
                rs -> {
                    OfferRound open = roundOf(rs);
                    long complaintId = rs.getLong("complaint_id");
                    if (rs.getString("max_currency") != null
                            && NegotiationPolicy.judge(bottomLineOf(rs), open).acceptable()) {
                        settleNow.add(complaintId);
                    }
                    if (NegotiationPolicy.waitingTooLong(open, now, properties.answerWithin())) {
                        waiting.add(complaintId);
                    }
                }, complaintIds.toArray());
        return new QueueMarks(Set.copyOf(settleNow), Set.copyOf(waiting));
    }

    /** Marks for one page of the queue, by case id. */
    public record QueueMarks(Set<Long> settleNow, Set<Long> waitingTooLong) {
    }

    private static BottomLineSummary bottomLineOf(ResultSet rs) throws SQLException {
        Set<Resolution> acceptable = java.util.Arrays.stream(rs.getString("acceptable_resolutions").split(","))
                .map(Resolution::valueOf).collect(Collectors.toSet());
        return new BottomLineSummary(Money.of(rs.getBigDecimal("max_amount"), rs.getString("max_currency")), null,
                acceptable, null, null);
    }

    private static OfferRound roundOf(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new OfferRound(rs.getLong("id"), Proposer.valueOf(rs.getString("proposer")),
                Resolution.valueOf(rs.getString("resolution")), null,
                amount == null ? null : Money.of(amount, rs.getString("currency")), null, null,
                rs.getTimestamp("proposed_at").toInstant(), null, Answer.OPEN, null);
    }

    private NegotiationSummary load(long complaintId, Money orderValue) {
        BottomLineSummary bottomLine = bottomLines.findByComplaintId(complaintId).map(b -> b.toView(orderValue))
                .orElse(null);
        List<OfferRound> rounds = offers.findByComplaintIdOrderByProposedAtAscIdAsc(complaintId).stream()
                .map(o -> o.toRound(orderValue)).toList();
        OfferRound open = rounds.stream().filter(OfferRound::isOpen).findFirst().orElse(null);
        Instant now = clock.instant();
        Duration waited = NegotiationPolicy.waited(open, now);
        return new NegotiationSummary(orderValue, bottomLine, rounds, open, NegotiationPolicy.judge(bottomLine, open),
                NegotiationPolicy.waitingTooLong(open, now, properties.answerWithin()), waited);
    }

    /**
     * The order value, from the case module. A change holds the case (its row lock) first, so two colleagues
     * recording offers at once cannot leave two offers open.
     */
    private Money orderValueOf(long complaintId, boolean lock) {
        if (lock) {
            caseSteps.lockForDecision(complaintId);
        }
        return cases.facts(complaintId).orderValue();
    }

    private static Money money(BigDecimal amount, Currency currency) {
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new DomainException("negotiation.error.decimals", e.getMessage());
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new DomainException("negotiation.error.currency", "Unknown currency " + code);
        }
    }
}
