package com.claimdesk.deadline;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.CaseFacts;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case's deadlines for the people working it (list, mark met, extend, add, enter a platform event that starts the
 * marketplace's clocks), and the rules, SLA policies and working calendar for the admin.
 */
@Service
@Validated
public class DeadlineService {

    private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);

    private final DeadlineRepository deadlines;
    private final MarketplaceRuleRepository rules;
    private final SlaPolicyRepository slas;
    private final TeamHolidayRepository holidays;
    private final DeadlineKeeper keeper;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final com.claimdesk.complaint.CaseSteps caseSteps;
    private final com.claimdesk.complaint.Cases cases;
    private final com.claimdesk.security.UserDirectory users;

    DeadlineService(DeadlineRepository deadlines, MarketplaceRuleRepository rules, SlaPolicyRepository slas,
                    TeamHolidayRepository holidays, DeadlineKeeper keeper, AuditLog audit, EntityManager em,
                    Clock clock, org.springframework.jdbc.core.JdbcTemplate jdbc,
                    com.claimdesk.complaint.CaseSteps caseSteps, com.claimdesk.complaint.Cases cases,
                    com.claimdesk.security.UserDirectory users) {
        this.jdbc = jdbc;
        this.caseSteps = caseSteps;
        this.cases = cases;
        this.users = users;
        this.deadlines = deadlines;
        this.rules = rules;
        this.slas = slas;
        this.holidays = holidays;
        this.keeper = keeper;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** All of a case's deadlines, pending ones first, each group by date. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<DeadlineSummary> forCase(long complaintId) {
        List<Deadline> all = deadlines.findByComplaintIdOrderByDueAtAscIdAsc(complaintId);
        Map<Long, String> names = new HashMap<>();
        return all.stream()
                .sorted(Comparator.comparing((Deadline d) -> !d.needsAction()).thenComparing(Deadline::effectiveDue))
                .map(d -> view(d, names)).toList();
    }

    /** The late-delivery trap on this case, if it is set: see {@link PreventionAlert}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<PreventionAlert> prevention(long complaintId) {
        CaseFacts c = keeper.complaint(complaintId);
        Instant now = clock.instant();
        Duration window = preventionWindow();
        return deadlines.findByComplaintIdAndKind(complaintId, DeadlineKind.PROMISED_DELIVERY).stream()
                .filter(d -> alertOn(c.status().isOpen(), c.deliveredOn(), d.getState(), d.effectiveDue(), now,
                        window))
                .findFirst().map(d -> new PreventionAlert(d.getId(), d.effectiveDue(), d.getVersion()));
    }

    /**
     * Of the given cases (a page of the queue), those whose prevention alert is on: the rule of
     * {@link #prevention(long)}, judged for the whole page with one query on the deadline index.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Set<Long> casesNeedingExtension(Collection<Long> complaintIds) {
        if (complaintIds == null || complaintIds.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        Duration window = preventionWindow();
        // stored in UTC (hibernate.jdbc.time_zone): read back in UTC whatever the JVM's zone
        var utc = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(java.time.ZoneOffset.UTC));
        Map<Long, Instant> candidates = new HashMap<>();
        jdbc.query(preventionCandidatesSql(complaintIds.size()), rs -> {
            java.sql.Timestamp extendedTo = rs.getTimestamp("extended_to", utc);
            Instant due = extendedTo != null ? extendedTo.toInstant() : rs.getTimestamp("due_at", utc).toInstant();
            if (needsExtension(due, now, window)) {
                candidates.put(rs.getLong("complaint_id"), due);
            }
        }, complaintIds.toArray());
        if (candidates.isEmpty()) {
            return Set.of();
        }
        // whether the goods arrived is the case's fact: asked for the few candidates only, in one query
        Set<Long> on = new HashSet<>();
        cases.facts(candidates.keySet()).forEach((id, c) -> {
            if (alertOn(c.open(), c.deliveredOn(), DeadlineState.OPEN, candidates.get(id), now, window)) {
                on.add(id);
            }
        });
        return Set.copyOf(on);
    }

    /**
     * The open promised-delivery deadlines of {@code count} cases, of open cases. Reads ix_deadline_complaint
     * (complaint_id, state): cheap for a page of 50 whatever the table's size (DeadlineServiceTest checks the plan).
     */
    static String preventionCandidatesSql(int count) {
        return """
                SELECT d.complaint_id, d.due_at, d.extended_to
                  FROM deadline d
                 WHERE d.complaint_id IN (%s) AND d.state = 'OPEN' AND d.kind = 'PROMISED_DELIVERY'
                   AND d.case_open = TRUE"""
                .formatted(String.join(", ", java.util.Collections.nCopies(count, "?")));
    }

    /**
     * The late-delivery trap: an open case whose goods are not delivered, with its promised delivery date still
     * open (not marked extended) and within the prevention window.
     */
    private static boolean alertOn(boolean caseOpen, LocalDate deliveredOn, DeadlineState state, Instant effectiveDue,
                                   Instant now, Duration window) {
        return caseOpen && deliveredOn == null && state == DeadlineState.OPEN
                && needsExtension(effectiveDue, now, window);
    }

    private Duration preventionWindow() {
        return Duration.ofDays(keeper.settingsRow().getPreventionDays());
    }

    /** Not passed yet, but within the window: the last moment to extend the date on the platform. */
    static boolean needsExtension(Deadline d, Instant now, Duration window) {
        return needsExtension(d.effectiveDue(), now, window);
    }

    private static boolean needsExtension(Instant due, Instant now, Duration window) {
        return due.isAfter(now) && due.isBefore(now.plus(window));
    }

    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public DeadlineSummary markMet(long deadlineId, long expectedVersion) {
        Deadline d = findForChange(deadlineId, expectedVersion);
        d.markMet(clock.instant());
        audit.record(d.getComplaintId(), AuditAction.DEADLINE_MET, d.getKind().name(), null, null);
        log.info("Deadline {} ({}) of case id {} met, by {}", d.getId(), d.getKind(), d.getComplaintId(),
                CurrentUser.require().getUsername());
        keeper.refreshNext(d.getComplaintId());
        return view(d, new HashMap<>());
    }

    /** Moves a deadline later, e.g. after the date was extended on the platform; who, when and why are kept. */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public DeadlineSummary extend(long deadlineId, long expectedVersion, @NotNull Instant newDue,
                               @Size(max = Deadline.MAX_NOTE) String reason) {
        Deadline d = findForChange(deadlineId, expectedVersion);
        Instant before = d.effectiveDue();
        d.extend(newDue, CurrentUser.id(), reason, clock.instant());
        audit.record(d.getComplaintId(), AuditAction.DEADLINE_EXTENDED, d.getKind().name(), before.toString(),
                newDue.toString());
        if (d.getKind() == DeadlineKind.PROMISED_DELIVERY && d.getSource() == DeadlineSource.ENTERED) {
            // the platform now promises the new day: the case's own date says so too (facts, templates, reports)
            caseSteps.promisedDeliveryExtended(d.getComplaintId(), keeper.calendar().dayOf(newDue));
        }
        log.info("Deadline {} ({}) of case id {} extended to {} by {}", d.getId(), d.getKind(), d.getComplaintId(),
                newDue, CurrentUser.require().getUsername());
        keeper.refreshNext(d.getComplaintId());
        return view(d, new HashMap<>());
    }

    /** A deadline with a date of its own (custom, or a platform date read off the platform). */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public DeadlineSummary add(long complaintId, @NotNull DeadlineKind kind, @NotNull Instant due,
                            @Size(max = Deadline.MAX_NOTE) String note) {
        keeper.complaint(complaintId);
        if (!DeadlineKind.enterable().contains(kind)) {
            throw new DomainException("deadline.error.notEnterable", "Kind " + kind + " is not entered by hand");
        }
        if (kind == DeadlineKind.CUSTOM && (note == null || note.isBlank())) {
            throw new DomainException("deadline.error.customNeedsNote", "A custom deadline needs a description");
        }
        Instant now = clock.instant();
        if (!due.isAfter(now)) {
            throw new DomainException("deadline.error.inPast", "Due date " + due + " is not in the future");
        }
        var d = deadlines.save(new Deadline(complaintId, kind, due, DeadlineSource.ENTERED, null, null, null, note,
                CurrentUser.id(), now));
        audit.record(complaintId, AuditAction.DEADLINE_ADDED, kind.name(), null, due.toString());
        keeper.refreshNext(complaintId);
        return view(d, new HashMap<>());
    }

    /**
     * The platform or the bank did something at {@code occurredAt} (a dispute was opened, a chargeback arrived):
     * the case's marketplace rules give the dates. The rule's values are copied into each deadline.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public List<DeadlineSummary> enterEvent(long complaintId, @NotNull PlatformEvent event, @NotNull Instant occurredAt) {
        CaseFacts c = keeper.complaint(complaintId);
        Instant now = clock.instant();
        if (occurredAt.isAfter(now)) {
            throw new DomainException("deadline.error.eventInFuture", "Event at " + occurredAt + " is in the future");
        }
        List<MarketplaceRule> applicable = rulesFor(event, c.marketplace());
        if (applicable.isEmpty()) {
            throw new DomainException("deadline.error.noRule", "No rule for " + event + " on " + c.marketplace());
        }
        WorkingCalendar calendar = keeper.calendar();
        Long me = CurrentUser.id();
        var created = new java.util.ArrayList<Deadline>();
        for (MarketplaceRule r : applicable) {
            boolean pendingExists = deadlines.findByComplaintIdAndKind(complaintId, r.getDeadlineKind()).stream()
                    .anyMatch(Deadline::needsAction);
            if (pendingExists) {
                throw new DomainException("deadline.error.exists", "A pending " + r.getDeadlineKind() + " exists",
                        r.getDeadlineKind().name());
            }
            Instant due = calendar.plus(occurredAt, r.getOffsetAmount(), r.getOffsetUnit(), r.getCounting());
            created.add(deadlines.save(new Deadline(complaintId, r.getDeadlineKind(), due, DeadlineSource.RULE,
                    r.getId(), r.basis(), occurredAt, null, me, now)));
            audit.record(complaintId, AuditAction.DEADLINE_ADDED, r.getDeadlineKind().name(), null,
                    due + " (" + r.basis() + ")");
        }
        log.info("{} entered on case {} by {}: {} deadline(s)", event, c.caseNumber(),
                CurrentUser.require().getUsername(), created.size());
        keeper.refreshNext(complaintId);
        Map<Long, String> names = new HashMap<>();
        return created.stream().map(d -> view(d, names)).toList();
    }

    /** The rules for a marketplace: its own for an event, else those for any marketplace. */
    List<MarketplaceRule> rulesFor(PlatformEvent event, Marketplace marketplace) {
        List<MarketplaceRule> all = rules.findByEventAndActiveTrue(event);
        List<MarketplaceRule> own = all.stream().filter(r -> r.getMarketplace() == marketplace).toList();
        return own.isEmpty() ? all.stream().filter(r -> r.getMarketplace() == null).toList() : own;
    }

    // --- admin ---

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RuleDetails> rules() {
        return rules.findAll().stream().map(MarketplaceRule::view)
                .sorted(Comparator.comparing((RuleDetails r) -> r.marketplace() == null ? "" : r.marketplace().name())
                        .thenComparing(RuleDetails::event).thenComparing(RuleDetails::deadlineKind)).toList();
    }

    /** Saves a rule; existing deadlines keep the dates they were computed with. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RuleDetails saveRule(@Valid @NotNull RuleDetails rule) {
        MarketplaceRule saved;
        if (rule.id() == null) {
            saved = rules.save(new MarketplaceRule(rule, CurrentUser.id(), clock.instant()));
        } else {
            saved = rules.findById(rule.id()).orElseThrow(() -> new NotFoundException("deadline.error.ruleNotFound",
                    "No rule " + rule.id()));
            if (saved.getVersion() != rule.version()) {
                throw new DomainException("deadline.error.stale", "Rule changed meanwhile");
            }
            saved.change(rule, CurrentUser.id(), clock.instant());
        }
        rules.flush();
        log.info("Marketplace rule {} saved by {}: {}", saved.getId(), CurrentUser.require().getUsername(), saved.basis());
        return saved.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SlaDetails> slaPolicies() {
        return slas.findAll().stream().map(SlaPolicy::view)
                .sorted(Comparator.comparing((SlaDetails s) -> s.marketplace() == null ? "" : s.marketplace().name())
                        .thenComparing(s -> -s.priority().rank())).toList();
    }

    /** Saves an SLA policy; one per priority and marketplace (or "any"). Open cases keep their targets. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SlaDetails saveSla(@Valid @NotNull SlaDetails sla) {
        SlaPolicy saved;
        if (sla.id() == null) {
            boolean exists = sla.marketplace() == null ? slas.existsByPriorityAndMarketplaceIsNull(sla.priority())
                    : slas.existsByPriorityAndMarketplace(sla.priority(), sla.marketplace());
            if (exists) {
                throw new DomainException("deadline.error.slaExists", "SLA exists for " + sla.priority());
            }
            saved = slas.save(new SlaPolicy(sla, CurrentUser.id(), clock.instant()));
        } else {
            saved = slas.findById(sla.id()).orElseThrow(() -> new NotFoundException("deadline.error.ruleNotFound",
                    "No SLA " + sla.id()));
            if (saved.getVersion() != sla.version()) {
                throw new DomainException("deadline.error.stale", "SLA changed meanwhile");
            }
            saved.change(sla, CurrentUser.id(), clock.instant());
        }
        slas.flush();
        log.info("SLA policy {} saved by {}: {}", saved.getId(), CurrentUser.require().getUsername(), saved.basis(false));
        return saved.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CalendarSettings calendarSettings() {
        return keeper.settingsRow().view();
    }

    /** The team's working calendar, for a preview or a computation in a view. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public WorkingCalendar workingCalendar() {
        return keeper.calendar();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarSettings saveCalendar(@Valid @NotNull CalendarSettings settings) {
        DeadlineSettings row = keeper.settingsRow();
        if (row.getVersion() != settings.version()) {
            throw new DomainException("deadline.error.stale", "Calendar changed meanwhile");
        }
        row.change(settings, CurrentUser.id(), clock.instant());
        em.flush();
        log.info("Working calendar saved by {}: {}", CurrentUser.require().getUsername(), settings);
        return row.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HolidaySummary> holidays() {
        return holidays.findAll().stream().sorted(Comparator.comparing(TeamHoliday::getDay))
                .map(h -> new HolidaySummary(h.getDay(), h.getName())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addHoliday(@NotNull LocalDate day, @NotNull @Size(min = 1, max = 80) String name) {
        if (holidays.existsById(day)) {
            throw new DomainException("deadline.error.holidayExists", "Holiday exists on " + day);
        }
        holidays.save(new TeamHoliday(day, name.strip()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeHoliday(@NotNull LocalDate day) {
        holidays.deleteById(day);
    }

    private Deadline findForChange(long id, long expectedVersion) {
        Deadline d = deadlines.findById(id).orElseThrow(() -> new NotFoundException("deadline.error.notFound",
                "No deadline " + id));
        if (d.getVersion() != expectedVersion) {
            throw new DomainException("deadline.error.stale", "Deadline " + id + " changed meanwhile");
        }
        return d;
    }

    private DeadlineSummary view(Deadline d, Map<Long, String> names) {
        String extendedBy = d.getExtendedById() == null ? null : names.computeIfAbsent(d.getExtendedById(),
                id -> users.ref(id).map(com.claimdesk.security.UserRef::displayName).orElse("?"));
        return new DeadlineSummary(d.getId(), d.getKind(), d.effectiveDue(), d.getDueAt(), d.getSource(),
                d.getRuleBasis(), d.getState(), extendedBy, d.getExtendedAt(), d.getMetAt(), d.getMissedAt(),
                d.getNote(), d.getVersion(),
                // an SLA deadline's rule id names its SLA policy, which has no platform event
                d.getSource() != DeadlineSource.RULE || d.getRuleId() == null ? null
                        : rules.findById(d.getRuleId()).map(MarketplaceRule::getEvent).orElse(null),
                d.getSource() == DeadlineSource.RULE ? d.getEventAt() : null);
    }
}
