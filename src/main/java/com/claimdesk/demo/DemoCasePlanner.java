package com.claimdesk.demo;

import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.settlement.SettlementForm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.claimdesk.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static com.claimdesk.complaint.ComplaintStatus.CLOSED;
import static com.claimdesk.complaint.ComplaintStatus.NEW;
import static com.claimdesk.demo.DemoRandom.w;

/**
 * The plan of the demo cases: which sub-reasons and status paths, when each case was opened and how fast it moved,
 * who has it, and that the demo {@code agent} has a full queue. The facts of each case come from
 * {@link DemoCaseFacts}, its ending from {@link DemoOutcomes}. Pure: the same random seed gives the same cases,
 * shifted to {@code now}, so the rules the data must obey can be tested without a database.
 */
final class DemoCasePlanner {

    /** Every demo, screenshot and bug report shows the same data. */
    static final long SEED = 20261123L;
    static final int CASE_COUNT = 300;
    /** The default queue is "my open cases"; signed in as {@code agent}, it must look like a working day. */
    static final int MIN_OPEN_CASES_OF_AGENT = 40;

    private static final long MINUTES_PER_DAY = 24 * 60;

    private final DemoRandom random;
    private final Instant now;
    private final Map<String, Long> userIds;
    private final DemoCaseFacts facts;
    private final DemoOutcomes outcomes;

    private DemoCasePlanner(Random random, Instant now, Map<String, Long> userIds) {
        this.random = new DemoRandom(random);
        this.now = now;
        this.userIds = userIds;
        this.facts = new DemoCaseFacts(this.random, DemoTexts.get());
        this.outcomes = new DemoOutcomes(this.random, DemoTexts.get());
    }

    /**
     * The demo cases, oldest first so that case numbers rise with the creation date. {@code userIds} maps demo
     * usernames to ids; a name missing from it leaves its cases unassigned.
     */
    static List<DemoCase> plan(Random random, Instant now, Map<String, Long> userIds) {
        return new DemoCasePlanner(random, now, userIds).plan();
    }

    private static final class Draft {
        ComplaintDetails details;
        List<ComplaintStatus> path;
        String assignee;
        Instant createdAt;
        Duration stepEvery;
        ClosingDetails closing;
        SettlementForm settlement;

        boolean open() {
            return (path.isEmpty() ? NEW : path.getLast()).isOpen();
        }
    }

    private List<DemoCase> plan() {
        List<SubReason> reasons = new ArrayList<>();
        // every sub-reason twice, so that every filter and every report has something to show
        reasons.addAll(List.of(SubReason.values()));
        reasons.addAll(List.of(SubReason.values()));
        while (reasons.size() < CASE_COUNT) {
            reasons.add(random.pick(DemoCatalog.SUB_REASONS));
        }
        List<List<ComplaintStatus>> paths = exactShares(DemoCatalog.STATUS_PATHS, CASE_COUNT);
        random.shuffle(paths);

        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < CASE_COUNT; i++) {
            drafts.add(draft(reasons.get(i), paths.get(i)));
        }
        fillAgentQueue(drafts);
        drafts.sort(Comparator.comparing(d -> d.createdAt));

        Long agentId = userIds.get("agent");
        return drafts.stream().map(d -> {
            Long assigneeId = d.assignee == null ? null : userIds.get(d.assignee);
            return new DemoCase(d.details, d.path, assigneeId == null ? null : d.assignee, assigneeId,
                    assigneeId != null ? assigneeId : agentId, d.createdAt, d.stepEvery, d.closing, d.settlement);
        }).toList();
    }

    /** The weights as exact counts (not a lottery), so the open/finished split is the same for every seed. */
    private static <T> List<T> exactShares(List<DemoRandom.Weighted<T>> weighted, int total) {
        int sum = weighted.stream().mapToInt(DemoRandom.Weighted::weight).sum();
        List<T> out = new ArrayList<>();
        for (DemoRandom.Weighted<T> x : weighted) {
            for (int i = 0; i < x.weight() * total / sum; i++) {
                out.add(x.value());
            }
        }
        while (out.size() < total) {
            out.add(weighted.getFirst().value());
        }
        return out;
    }

    private Draft draft(SubReason reason, List<ComplaintStatus> path) {
        Draft d = new Draft();
        d.path = path;
        timing(d);
        d.details = facts.details(reason, path, LocalDate.ofInstant(d.createdAt, ZoneOffset.UTC));
        d.assignee = assignee(path);
        if (path.contains(CLOSED)) {
            d.closing = outcomes.closing(reason);
        }
        if (!d.open()) {
            d.settlement = outcomes.settlement(reason, path, d.details);
        }
        return d;
    }

    /** Mostly recent, as a live queue is; each step at least 2 h apart and the last one still in the past. */
    private void timing(Draft d) {
        int steps = d.path.size();
        boolean finished = !d.open();
        long min = Math.max(10, steps * 120L + 20);
        long max = steps == 0 ? 3 * MINUTES_PER_DAY : 120 * MINUTES_PER_DAY;
        double skew = finished ? 1.7 : 2.2;
        long age = min + (long) ((max - min) * Math.pow(random.nextDouble(), skew));
        d.createdAt = now.minus(Duration.ofMinutes(age)).truncatedTo(ChronoUnit.SECONDS);
        if (steps == 0) {
            d.stepEvery = Duration.ofHours(2);
            return;
        }
        long maxStep = Math.min(3 * MINUTES_PER_DAY, (age - 10) / steps);
        d.stepEvery = Duration.ofMinutes(random.between(120L, maxStep));
    }

    private String assignee(List<ComplaintStatus> path) {
        boolean isNew = path.isEmpty();
        if (random.chance(isNew ? 0.40 : 0.11)) {
            return null;
        }
        // four eyes: a case waiting for approval belongs to an agent, so a manager can approve it
        if (!isNew && path.getLast() == AWAITING_APPROVAL) {
            return random.pick(List.of(w("agent", 40), w("agent2", 30), w("agent3", 30)));
        }
        return random.pick(List.of(w("agent", 34), w("agent2", 22), w("agent3", 21), w("manager", 12), w("lead", 11)));
    }

    private void fillAgentQueue(List<Draft> drafts) {
        long open = drafts.stream().filter(d -> d.open() && "agent".equals(d.assignee)).count();
        for (Draft d : drafts) {
            if (open >= MIN_OPEN_CASES_OF_AGENT) {
                return;
            }
            if (d.open() && d.assignee != null && !"agent".equals(d.assignee)) {
                d.assignee = "agent";
                open++;
            }
        }
    }
}
