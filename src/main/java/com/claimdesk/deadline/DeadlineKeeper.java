package com.claimdesk.deadline;

import com.claimdesk.complaint.CaseFacts;
import com.claimdesk.complaint.Cases;
import com.claimdesk.complaint.ComplaintEvent;
import com.claimdesk.complaint.NextDeadlineOfCase;
import com.claimdesk.complaint.ComplaintStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a case's deadlines in step with the case, inside the transaction of the change: SLA targets when it is
 * opened, the promised delivery (and shipping) date when its facts are edited, the first-response target when the
 * first reply goes out, the resolution target when it is resolved; and the case's {@code next_deadline_at} after
 * every change. Called by the case's own events and by {@link DeadlineService}, never by a view, so it needs no
 * signed-in user of its own (the job uses it too).
 */
@Component
class DeadlineKeeper {

    private final DeadlineRepository deadlines;
    private final SlaPolicyRepository slas;
    private final DeadlineSettingsRepository settings;
    private final TeamHolidayRepository holidays;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineKeeper(DeadlineRepository deadlines, SlaPolicyRepository slas, DeadlineSettingsRepository settings,
                   TeamHolidayRepository holidays, Cases cases, ApplicationEventPublisher events, Clock clock) {
        this.deadlines = deadlines;
        this.slas = slas;
        this.settings = settings;
        this.holidays = holidays;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ComplaintEvent event) {
        if (event instanceof ComplaintEvent.Assigned) {
            return; // who works a case changes none of its deadlines
        }
        CaseFacts c = complaint(event.complaintId());
        switch (event) {
            case ComplaintEvent.Opened o -> createSlaDeadlines(c, null);
            case ComplaintEvent.Edited e -> followCaseDates(c);
            case ComplaintEvent.StatusChanged s -> statusChanged(c, s.from(), s.to());
            case ComplaintEvent.Assigned a -> { }
        }
        if (!(event instanceof ComplaintEvent.Edited)) {
            // the job looks only at deadlines of open cases, without reading the case's table
            deadlines.findByComplaintIdOrderByDueAtAscIdAsc(c.id()).forEach(d -> d.caseOpen(c.open()));
        }
        refreshNext(c.id());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(com.claimdesk.complaint.CaseReplied reply) {
        for (Deadline d : deadlines.findByComplaintIdAndKind(reply.complaintId(), DeadlineKind.FIRST_RESPONSE)) {
            if (d.getState().pending()) {
                d.markMet(reply.sentAt());
            }
        }
        refreshNext(reply.complaintId());
    }

    /** First-response and resolution targets from the SLA policy that fits the case best, counted from its start. */
    void createSlaDeadlines(CaseFacts c, Long byUserId) {
        Optional<SlaPolicy> policy = policyFor(c);
        if (policy.isEmpty()) {
            return;
        }
        SlaPolicy p = policy.get();
        WorkingCalendar calendar = calendar();
        Instant start = c.createdAt();
        Instant now = clock.instant();
        deadlines.save(new Deadline(c.id(), DeadlineKind.FIRST_RESPONSE,
                calendar.plus(start, p.getFirstResponseHours(), OffsetUnit.HOURS, p.getCounting()), DeadlineSource.SLA,
                p.getId(), p.basis(true), start, null, byUserId, now));
        deadlines.save(new Deadline(c.id(), DeadlineKind.RESOLUTION_TARGET,
                calendar.plus(start, p.getResolutionHours(), OffsetUnit.HOURS, p.getCounting()), DeadlineSource.SLA,
                p.getId(), p.basis(false), start, null, byUserId, now));
        followCaseDates(c);
    }

    /** The marketplace's own policy wins over the one for any marketplace. */
    Optional<SlaPolicy> policyFor(CaseFacts c) {
        List<SlaPolicy> candidates = slas.findByPriority(c.priority());
        return candidates.stream().filter(p -> p.getMarketplace() == c.marketplace()).findFirst()
                .or(() -> candidates.stream().filter(p -> p.getMarketplace() == null).findFirst());
    }

    /**
     * The promised delivery date on the case is a deadline (end of that day in the team's zone). Editing the date
     * moves it, unless it is the date the deadline was already extended to; delivery meets it.
     */
    void followCaseDates(CaseFacts c) {
        LocalDate promised = c.promisedDeliveryOn();
        List<Deadline> existing = deadlines.findByComplaintIdAndKind(c.id(), DeadlineKind.PROMISED_DELIVERY);
        WorkingCalendar calendar = calendar();
        Instant now = clock.instant();
        if (promised != null) {
            Instant due = calendar.endOf(promised);
            if (existing.isEmpty()) {
                var d = deadlines.save(new Deadline(c.id(), DeadlineKind.PROMISED_DELIVERY, due,
                        DeadlineSource.ENTERED, null, null, null, null, null, now));
                existing = List.of(d);
            } else {
                Deadline d = existing.getFirst();
                // the case's day is the deadline's (extended) day already: an extension moved both together
                if (!promised.equals(calendar.dayOf(d.effectiveDue())) && !due.equals(d.getDueAt())) {
                    d.followCase(due);
                }
            }
        }
        if (c.deliveredOn() != null) {
            Instant delivered = min(calendar.endOf(c.deliveredOn()).minusSeconds(1), now);
            existing.stream().filter(d -> d.getState().pending()).forEach(d -> d.markMet(delivered));
        }
        if (c.shippedOn() != null) {
            Instant shipped = min(calendar.endOf(c.shippedOn()).minusSeconds(1), now);
            deadlines.findByComplaintIdAndKind(c.id(), DeadlineKind.PROMISED_SHIPPING).stream()
                    .filter(d -> d.getState().pending()).forEach(d -> d.markMet(shipped));
        }
    }

    private void statusChanged(CaseFacts c, ComplaintStatus from, ComplaintStatus to) {
        if (to == ComplaintStatus.RESOLVED) {
            Instant at = c.resolvedAt() == null ? clock.instant() : c.resolvedAt();
            deadlines.findByComplaintIdAndKind(c.id(), DeadlineKind.RESOLUTION_TARGET).stream()
                    .filter(d -> d.getState().pending()).forEach(d -> d.markMet(at));
        } else if (from.isReopenedBy(to)) {
            deadlines.findByComplaintIdAndKind(c.id(), DeadlineKind.RESOLUTION_TARGET).forEach(Deadline::reopen);
        }
    }

    /** The kinds still owed after their date passed. */
    private static final Set<DeadlineKind> OWED_AFTER_MISS = java.util.Arrays.stream(DeadlineKind.values())
            .filter(DeadlineKind::owedAfterMiss).collect(java.util.stream.Collectors.toCollection(
                    () -> EnumSet.noneOf(DeadlineKind.class)));

    /**
     * Tells the case its most urgent pending date, for the queue (the case module writes it; none for a finished
     * case). Missed deadlines that are still owed count too.
     */
    void refreshNext(long complaintId) {
        Instant next = deadlines.nextDue(complaintId, EnumSet.of(DeadlineState.OPEN, DeadlineState.EXTENDED),
                OWED_AFTER_MISS);
        events.publishEvent(new NextDeadlineOfCase(complaintId, next));
    }

    WorkingCalendar calendar() {
        return settingsRow().calendar(new HashSet<>(holidays.findAll().stream().map(TeamHoliday::getDay).toList()));
    }

    DeadlineSettings settingsRow() {
        return settings.findById(DeadlineSettings.THE_ROW)
                .orElseThrow(() -> new IllegalStateException("deadline_settings row missing: migration V020 not applied"));
    }

    CaseFacts complaint(long id) {
        return cases.facts(id);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
