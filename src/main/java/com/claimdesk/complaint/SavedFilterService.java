package com.claimdesk.complaint;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saved views of the queue: a filter set by name, for its owner or for the team. Agents save their own; managers and
 * team leads also save, rename and delete the team's (docs/decisions/162-queue-bulk-actions-and-saved-views.md).
 */
@Service
@Validated
public class SavedFilterService {

    public static final int MAX_NAME = 60;
    /** Views per user, and team views: the menu counts each on every navigation. */
    public static final int MAX_VIEWS = 20;
    /** Counts stop here: "1000+" says enough about a view and costs what a queue page costs. */
    public static final int COUNT_CAP = 1000;

    private final SavedFilterRepository filters;
    private final ComplaintQueries queries;
    private final Clock clock;
    private final Duration atRiskWithin;
    private final Duration countFresh;
    /** Recent counts per user, view and zone: navigating page after page counts each view once in this time. */
    private final Map<String, CachedCount> recentCounts = new ConcurrentHashMap<>();

    private record CachedCount(int count, Instant at) {
    }

    SavedFilterService(SavedFilterRepository filters, ComplaintQueries queries, Clock clock,
                       @Value("${claimdesk.deadlines.at-risk-within:24h}") Duration atRiskWithin,
                       @Value("${claimdesk.saved-views.counts-fresh-for:15s}") Duration countFresh) {
        this.filters = filters;
        this.queries = queries;
        this.clock = clock;
        this.atRiskWithin = atRiskWithin;
        this.countFresh = countFresh;
    }

    /** My views and the team's, team views first, each by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<SavedFilterItem> visible() {
        var me = CurrentUser.require();
        return filters.visibleTo(me.id()).stream().map(f -> item(f, me)).toList();
    }

    /**
     * My views and the team's with the number of cases each matches for me (my "assigned to me", my today), counted
     * up to {@link #COUNT_CAP}; a count younger than {@code claimdesk.saved-views.counts-fresh-for} is reused.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<SavedFilterItem.Counted> visibleWithCounts(@Nullable ZoneId zone) {
        var me = CurrentUser.require();
        Instant now = clock.instant();
        if (recentCounts.size() > 10_000) {
            recentCounts.clear(); // a crude bound: counts are cheap to make again
        }
        return filters.visibleTo(me.id()).stream().map(f -> {
            String key = me.id() + ":" + f.getId() + ":" + zone;
            var cached = recentCounts.get(key);
            int count;
            if (cached != null && cached.at().plus(countFresh).isAfter(now)) {
                count = cached.count();
            } else {
                count = queries.countUpTo(f.criteria().toFilter(zone), me.id(), COUNT_CAP, now, atRiskWithin);
                recentCounts.put(key, new CachedCount(count, now));
            }
            return new SavedFilterItem.Counted(item(f, me), count);
        }).toList();
    }

    /** Saves the filter set under {@code name}, as mine or (managers and team leads) as the team's. */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public SavedFilterItem save(String name, boolean team, @NotNull SavedFilterCriteria criteria) {
        var me = CurrentUser.require();
        if (team && !me.hasRole(Role.MANAGER)) {
            throw new DomainException("savedView.error.teamNotAllowed", "Only managers and team leads save team views");
        }
        String clean = validName(name);
        validate(criteria);
        if (filters.nameTaken(clean, team, me.id(), -1)) {
            throw taken(clean);
        }
        long existing = team ? filters.countTeam() : filters.countByTeamFalseAndOwnerId(me.id());
        if (existing >= MAX_VIEWS) {
            throw new DomainException("savedView.error.tooMany", "Too many saved views", MAX_VIEWS);
        }
        try {
            var saved = filters.saveAndFlush(new SavedFilter(clean, team, me.id(), criteria, clock.instant()));
            return item(saved, me);
        } catch (DataIntegrityViolationException e) {
            throw taken(clean); // saved by someone else at the same moment
        }
    }

    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public SavedFilterItem rename(long id, String name) {
        var me = CurrentUser.require();
        var f = editable(id, me);
        String clean = validName(name);
        if (filters.nameTaken(clean, f.isTeam(), f.getOwnerId(), f.getId())) {
            throw taken(clean);
        }
        f.rename(clean);
        try {
            filters.saveAndFlush(f);
        } catch (DataIntegrityViolationException e) {
            throw taken(clean);
        }
        return item(f, me);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public void delete(long id) {
        filters.delete(editable(id, CurrentUser.require()));
    }

    private SavedFilter editable(long id, ClaimDeskUserDetails me) {
        var f = filters.findById(id).filter(v -> v.isTeam() || v.getOwnerId() == me.id())
                .orElseThrow(() -> new NotFoundException("savedView.error.notFound", "No saved view " + id));
        if (!mayEdit(f, me)) {
            throw new DomainException("savedView.error.notYours", "Saved view " + id + " is not editable by " + me.id());
        }
        return f;
    }

    private static boolean mayEdit(SavedFilter f, ClaimDeskUserDetails me) {
        return f.isTeam() ? me.hasRole(Role.MANAGER) : f.getOwnerId() == me.id();
    }

    private static SavedFilterItem item(SavedFilter f, ClaimDeskUserDetails me) {
        return new SavedFilterItem(f.getId(), f.getName(), f.isTeam(), mayEdit(f, me), f.criteria());
    }

    /** The name as stored: trimmed, required, at most {@link #MAX_NAME} characters. */
    public static String validName(@Nullable String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new DomainException("savedView.error.nameRequired", "A saved view needs a name");
        }
        if (clean.length() > MAX_NAME) {
            throw new DomainException("savedView.error.nameTooLong", "Name too long", MAX_NAME);
        }
        return clean;
    }

    private static void validate(SavedFilterCriteria criteria) {
        try {
            QueueFilter.statusesOf(criteria.status());
        } catch (IllegalArgumentException e) {
            throw new DomainException("savedView.error.invalidFilter", "Unknown status " + criteria.status());
        }
        if (criteria.text().length() > SavedFilterCriteria.MAX_TEXT) {
            throw new DomainException("savedView.error.invalidFilter", "Search text too long");
        }
    }

    private static DomainException taken(String name) {
        return new DomainException("savedView.error.nameTaken", "Saved view name taken: " + name, name);
    }
}
