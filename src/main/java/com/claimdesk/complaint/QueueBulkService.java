package com.claimdesk.complaint;

import com.claimdesk.base.DomainException;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Several cases changed in one step from the queue. Each case goes through the very method a change of that one case
 * uses ({@link ComplaintService}: its version check, the aggregate's rules, its audit rows and events) in a
 * transaction of its own, so a case that refuses is reported and the others go ahead
 * (docs/decisions/162-queue-bulk-actions-and-saved-views.md).
 */
@Service
@Validated
public class QueueBulkService {

    /** The most cases one bulk action takes: what the queue's "select the first" button selects. */
    public static final int MAX_CASES = 200;

    static final String STALE = "queue.bulk.refused.stale";

    private static final Logger log = LoggerFactory.getLogger(QueueBulkService.class);

    private final ComplaintService complaints;
    private final ComplaintQueries queries;

    QueueBulkService(ComplaintService complaints, ComplaintQueries queries) {
        this.complaints = complaints;
        this.queries = queries;
    }

    /** Assigns the cases to a user, or unassigns them with {@code null}. */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult assign(@NotNull List<CaseVersion> cases, @Nullable Long userId) {
        return each("assign", cases, s -> Objects.equals(s.assigneeId(), userId),
                c -> complaints.assign(c.caseNumber(), c.version(), userId).version());
    }

    @PreAuthorize("hasRole('AGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult assignToMe(@NotNull List<CaseVersion> cases) {
        return assign(cases, CurrentUser.id());
    }

    /** Moves each case to {@code target} where its lifecycle allows that step. */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult changeStatus(@NotNull List<CaseVersion> cases, @NotNull ComplaintStatus target) {
        return each("status " + target, cases, s -> s.status() == target,
                c -> complaints.changeStatus(c.caseNumber(), c.version(), target).version());
    }

    /** Sets the priority, as an edit of the case's details (audited field by field like the form's save). */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult changePriority(@NotNull List<CaseVersion> cases, @NotNull Priority priority) {
        return each("priority " + priority, cases, s -> s.priority() == priority, c -> {
            var details = complaints.get(c.caseNumber()).details();
            details.setPriority(priority);
            return complaints.update(c.caseNumber(), c.version(), details).version();
        });
    }

    /**
     * Adds a tag (normalised like the form's: trimmed, lower case) as an edit of the case's details; a case that
     * has it already is left alone, one that would get more than {@link ComplaintDetails#MAX_TAGS} is refused.
     */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult addTag(@NotNull List<CaseVersion> cases, @NotNull String tag) {
        String normalized = ComplaintDetails.normalizeTag(tag);
        if (normalized.isEmpty() || normalized.length() > ComplaintDetails.MAX_TAG_LENGTH) {
            throw new DomainException("queue.bulk.tag.invalid", "Tag '" + tag + "' is empty or too long",
                    ComplaintDetails.MAX_TAG_LENGTH);
        }
        return each("tag " + normalized, cases, s -> false, c -> {
            var details = complaints.get(c.caseNumber()).details();
            if (details.getTags().contains(normalized)) {
                return c.version();
            }
            var tags = new java.util.LinkedHashSet<>(details.getTags());
            tags.add(normalized);
            details.setTags(tags);
            return complaints.update(c.caseNumber(), c.version(), details).version();
        });
    }

    /**
     * Reads where the cases stand in one query, then changes each one that is still at the version the page showed
     * and not already as asked; {@code change} returns the version after it (the same version: nothing changed).
     */
    private BulkResult each(String action, List<CaseVersion> cases, Predicate<ComplaintQueries.CaseState> alreadyDone,
                            Function<CaseVersion, Long> change) {
        Map<String, CaseVersion> distinct = new LinkedHashMap<>();
        cases.forEach(c -> distinct.putIfAbsent(c.caseNumber(), c));
        if (distinct.size() > MAX_CASES) {
            throw new DomainException("queue.bulk.tooMany", "Bulk action on " + distinct.size() + " cases",
                    MAX_CASES);
        }
        Map<String, ComplaintQueries.CaseState> states = queries.states(distinct.keySet());
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (CaseVersion c : distinct.values()) {
            var state = states.get(c.caseNumber());
            if (state == null) {
                refused.add(new BulkResult.Refusal(c.caseNumber(), "complaint.error.notFound", List.of(c.caseNumber())));
                continue;
            }
            if (state.version() != c.version()) {
                refused.add(new BulkResult.Refusal(c.caseNumber(), STALE, List.of()));
                continue;
            }
            if (alreadyDone.test(state)) {
                unchanged.add(c.caseNumber());
                continue;
            }
            try {
                long after = change.apply(c);
                (after == c.version() ? unchanged : changed).add(c.caseNumber());
            } catch (RuntimeException e) {
                refused.add(refusal(c.caseNumber(), e));
            }
        }
        log.info("Bulk {} by {}: {} changed, {} unchanged, {} refused", action, CurrentUser.require().getUsername(),
                changed.size(), unchanged.size(), refused.size());
        return new BulkResult(changed, unchanged, refused);
    }

    /** Why one case refused: what a single change would have said, without the advice meant for its page. */
    private static BulkResult.Refusal refusal(String caseNumber, RuntimeException e) {
        return switch (e) {
            case DomainException de when "complaint.error.stale".equals(de.messageKey()) ->
                    new BulkResult.Refusal(caseNumber, STALE, List.of());
            case DomainException de -> new BulkResult.Refusal(caseNumber, de.messageKey(), List.of(de.arguments()));
            case ObjectOptimisticLockingFailureException ignored -> new BulkResult.Refusal(caseNumber, STALE, List.of());
            case AccessDeniedException ignored -> new BulkResult.Refusal(caseNumber, "error.accessDenied", List.of());
            case ConstraintViolationException cve -> new BulkResult.Refusal(caseNumber, cve.getConstraintViolations()
                    .stream().map(ConstraintViolation::getMessageTemplate).sorted(Comparator.naturalOrder())
                    .filter(t -> t.startsWith("{") && t.endsWith("}")).map(t -> t.substring(1, t.length() - 1))
                    .findFirst().orElse("error.invalidInput"), List.of());
            default -> throw e;
        };
    }
}
