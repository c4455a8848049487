package com.claimdesk.deadline;

import com.claimdesk.complaint.Complaint;
import com.claimdesk.complaint.ComplaintEvent;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.messaging.ReplySent;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

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
    private final EntityManager em;
    private final Clock clock;

    DeadlineKeeper(DeadlineRepository deadlines, SlaPolicyRepository slas, DeadlineSettingsRepository settings,
                   TeamHolidayRepository holidays, EntityManager em, Clock clock) {
        this.deadlines = deadlines;
        this.slas = slas;
        this.settings = settings;
        this.holidays = holidays;
        this.em = em;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ComplaintEvent event) {
        Complaint c = complaint(event.complaintId());
        switch (event) {
            case ComplaintEvent.Opened o -> createSlaDeadlines(c, null);
            case ComplaintEvent.Edited e -> followCaseDates(c);
            case ComplaintEvent.StatusChanged s -> statusChanged(c, s.from(), s.to());
        }
        refreshNext(c.getId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReplySent reply) {
        for (Deadline d : deadlines.findByComplaintIdAndKind(reply.complaintId(), DeadlineKind.FIRST_RESPONSE)) {
            if (d.getState().pending()) {
                d.markMet(reply.sentAt());
            }
        }
        refreshNext(reply.complaintId());
    }

    /** First-response and resolution targets from the SLA policy that fits the case best, counted from its start. */
    void createSlaDeadlines(Complaint c, Long byUserId) {
        Optional<SlaPolicy> policy = policyFor(c);
        if (policy.isEmpty()) {
            return;
        }
        SlaPolicy p = policy.get();
        WorkingCalendar calendar = calendar();
        Instant start = c.getCreatedAt();
        Instant now = clock.instant();
        deadlines.save(new Deadline(c.getId(), DeadlineKind.FIRST_RESPONSE,
                calendar.plus(start, p.getFirstResponseHours(), OffsetUnit.HOURS, p.getCounting()), DeadlineSource.SLA,
                p.getId(), p.basis(true), start, null, byUserId, now));
        deadlines.save(new Deadline(c.getId(), DeadlineKind.RESOLUTION_TARGET,
                calendar.plus(start, p.getResolutionHours(), OffsetUnit.HOURS, p.getCounting()), DeadlineSource.SLA,
                p.getId(), p.basis(false), start, null, byUserId, now));
        followCaseDates(c);
    }

    /** The marketplace's own policy wins over the one for any marketplace. */
    Optional<SlaPolicy> policyFor(Complaint c) {
        List<SlaPolicy> candidates = slas.findByPriority(c.getPriority());
        return candidates.stream().filter(p -> p.getMarketplace() == c.getMarketplace()).findFirst()
                .or(() -> candidates.stream().filter(p -> p.getMarketplace() == null).findFirst());
    }

    /**
     * The promised delivery date on the case is a deadline (end of that day in the team's zone). Editing the date
     * moves it, unless it is the date the deadline was already extended to; delivery meets it.
     */
    void followCaseDates(Complaint c) {
        LocalDate promised = c.getPromisedDeliveryOn();
        List<Deadline> existing = deadlines.findByComplaintIdAndKind(c.getId(), DeadlineKind.PROMISED_DELIVERY);
        WorkingCalendar calendar = calendar();
        Instant now = clock.instant();
        if (promised != null) {
            Instant due = calendar.endOf(promised);
            if (existing.isEmpty()) {
                var d = deadlines.save(new Deadline(c.getId(), DeadlineKind.PROMISED_DELIVERY, due,
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
        if (c.getDeliveredOn() != null) {
            Instant delivered = min(calendar.endOf(c.getDeliveredOn()).minusSeconds(1), now);
            existing.stream().filter(d -> d.getState().pending()).forEach(d -> d.markMet(delivered));
        }
        if (c.getShippedOn() != null) {
            Instant shipped = min(calendar.endOf(c.getShippedOn()).minusSeconds(1), now);
            deadlines.findByComplaintIdAndKind(c.getId(), DeadlineKind.PROMISED_SHIPPING).stream()
                    .filter(d -> d.getState().pending()).forEach(d -> d.markMet(shipped));
        }
    }

    private void statusChanged(Complaint c, ComplaintStatus from, ComplaintStatus to) {
        if (to == ComplaintStatus.RESOLVED) {
            Instant at = c.getResolvedAt() == null ? clock.instant() : c.getResolvedAt();
            deadlines.findByComplaintIdAndKind(c.getId(), DeadlineKind.RESOLUTION_TARGET).stream()
                    .filter(d -> d.getState().pending()).forEach(d -> d.markMet(at));
        } else if (from.isReopenedBy(to)) {
            deadlines.findByComplaintIdAndKind(c.getId(), DeadlineKind.RESOLUTION_TARGET).forEach(Deadline::reopen);
        }
    }

    /** The kinds as an SQL list ('FIRST_RESPONSE', ...): constants of this enum, never user input. */
    private static final String OWED_AFTER_MISS = java.util.Arrays.stream(DeadlineKind.values())
            .filter(DeadlineKind::owedAfterMiss).map(k -> "'" + k.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * Writes the case's most urgent pending date onto the case row (none for a finished case), for the queue.
     * Plain SQL: the case's version must not change, or a colleague's open page would be called stale.
     */
    void refreshNext(long complaintId) {
        em.flush();
        em.createNativeQuery("""
                        UPDATE complaint c SET c.next_deadline_at = CASE WHEN c.status IN ('RESOLVED', 'CLOSED') THEN NULL
                          ELSE (SELECT MIN(COALESCE(d.extended_to, d.due_at)) FROM deadline d
                                WHERE d.complaint_id = c.id AND (d.state IN ('OPEN', 'EXTENDED')
                                  OR (d.state = 'MISSED' AND d.kind IN (%s)))) END
                        WHERE c.id = ?1""".formatted(OWED_AFTER_MISS))
                .setParameter(1, complaintId).executeUpdate();
    }

    WorkingCalendar calendar() {
        return settingsRow().calendar(new HashSet<>(holidays.findAll().stream().map(TeamHoliday::getDay).toList()));
    }

    DeadlineSettings settingsRow() {
        return settings.findById(DeadlineSettings.THE_ROW)
                .orElseThrow(() -> new IllegalStateException("deadline_settings row missing: migration V020 not applied"));
    }

    Complaint complaint(long id) {
        Complaint c = em.find(Complaint.class, id);
        if (c == null) {
            throw new com.claimdesk.base.NotFoundException("complaint.error.notFound", "No case with id " + id, id);
        }
        return c;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
