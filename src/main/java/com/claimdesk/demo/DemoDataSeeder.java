package com.claimdesk.demo;

import com.claimdesk.base.ConditionalOnDemoMode;
import com.claimdesk.base.Money;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.deadline.DeadlineSeedWriter;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.messaging.ThreadSeedWriter;
import com.claimdesk.refund.RefundSeedWriter;
import com.claimdesk.review.Rating;
import com.claimdesk.review.ReviewSeedWriter;
import com.claimdesk.security.Role;
import com.claimdesk.security.SystemActor;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserRef;
import com.claimdesk.settings.ApprovalLevel;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.SettlementSeedWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * In demo mode, and only then (the bean does not exist otherwise), creates the demo users and, on an empty database,
 * {@value DemoCasePlanner#CASE_COUNT} made-up cases ({@link DemoCasePlanner}) with their conversations, refunds,
 * settlements, reviews and lessons, through the features' seed writers.
 */
@Component
@ConditionalOnDemoMode
@Order(20)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final UserBootstrap users;
    private final ComplaintSeedWriter writer;
    private final ThreadSeedWriter threads;
    private final SettlementSeedWriter settlements;
    private final RefundSeedWriter refunds;
    private final ReviewSeedWriter reviews;
    private final DeadlineSeedWriter deadlines;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoDataSeeder(UserBootstrap users, ComplaintSeedWriter writer, ThreadSeedWriter threads,
                   SettlementSeedWriter settlements, RefundSeedWriter refunds, ReviewSeedWriter reviews,
                   DeadlineSeedWriter deadlines, Clock clock, PlatformTransactionManager transactions) {
        this.deadlines = deadlines;
        this.users = users;
        this.writer = writer;
        this.threads = threads;
        this.settlements = settlements;
        this.refunds = refunds;
        this.reviews = reviews;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        // nobody is signed in at start-up: seeding is the system's work (SystemActor)
        SystemActor.run(this::seedDemo);
    }

    private void seedDemo() {
        List<String> created = new ArrayList<>();
        for (DemoTexts.User u : DemoUsers.ALL) {
            if (users.createIfMissing(u.username(), u.displayName(), u.email(), DemoUsers.PASSWORD,
                    EnumSet.of(u.role()), false)) {
                created.add(u.username());
            }
        }
        if (!created.isEmpty()) {
            log.info("Created demo users {}", created);
        }
        System.out.println(DemoUsers.logins());

        if (writer.count() > 0) {
            log.info("Demo mode: cases already present, none added");
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (String username : DemoUsers.USERNAMES) {
            users.find(username).map(UserRef::id).ifPresent(id -> ids.put(username, id));
        }
        long started = System.nanoTime();
        List<DemoCase> cases = DemoCasePlanner.plan(new Random(DemoCasePlanner.SEED), clock.instant(), ids);
        Map<Long, String> names = new HashMap<>();
        for (DemoTexts.User u : DemoUsers.ALL) {
            if (ids.containsKey(u.username())) {
                names.put(ids.get(u.username()), u.displayName());
            }
        }
        seed(cases, names, clock.instant(), ids);
        log.info("Demo mode: created {} demo cases in {} ms", cases.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void seed(List<DemoCase> cases, Map<Long, String> names, Instant now, Map<String, Long> ids) {
        DemoTexts texts = DemoTexts.get();
        Long leadId = ids.get("lead");
        Set<Long> agentIds = DemoUsers.idsOf(Role.AGENT, ids);
        Map<ApprovalLevel, Long> approvers = new EnumMap<>(ApprovalLevel.class);
        if (ids.containsKey("manager")) {
            approvers.put(ApprovalLevel.MANAGER, ids.get("manager"));
        }
        if (leadId != null) {
            approvers.put(ApprovalLevel.LEAD, leadId);
        }
        String fallbackAgent = DemoUsers.ALL.getFirst().displayName();
        Set<String> lessonsWritten = new HashSet<>();
        int closedSeen = 0;
        // one transaction per case and its conversation: a failure leaves no half-written case
        for (DemoCase c : cases) {
            boolean reviewed = leadId != null && c.closing() != null && closedSeen++ % 3 != 2;
            transaction.executeWithoutResult(status -> {
                long id = writer.write(c.details(), c.statusPath(), c.assigneeId(), c.createdById(), c.createdAt(),
                        c.stepEvery(), c.closing());
                if (c.settlement() != null) {
                    long settledBy = c.assigneeId() != null ? c.assigneeId() : c.createdById();
                    // every refund in a ledger is an approved request (decision 070); an agent asks for it, so that
                    // a manager or lead can approve it: on a manager's or lead's case, the agent Li Wei did
                    Long requester = agentIds.contains(settledBy) ? Long.valueOf(settledBy) : ids.get("agent");
                    for (CostLine line : c.settlement().getCosts()) {
                        if (line.getKind() == CostKind.REFUND && line.getRefundRequestId() == null && requester != null) {
                            String reason = DemoTexts.fill(texts.refundReason,
                                    Map.of("resolution", c.settlement().getResolution().name()));
                            line.setRefundRequestId(refunds.writeApproved(id,
                                    Money.of(line.getAmount(), line.getCurrency()), reason, requester, approvers,
                                    c.resolvedAt().minus(c.stepEvery().dividedBy(2)),
                                    c.resolvedAt().minus(c.stepEvery().dividedBy(4))));
                        }
                    }
                    settlements.write(id, c.settlement(), c.resolvedAt(), settledBy);
                }
                if (reviewed) {
                    // two in three closed cases have had their review; the rest wait in the lead's queue
                    Instant at = c.resolvedAt().plus(c.stepEvery());
                    boolean rough = c.statusPath().contains(ComplaintStatus.ESCALATED);
                    reviews.review(id, rough ? Rating.COULD_BE_BETTER : Rating.GOOD,
                            rough ? texts.escalatedReview : null, leadId, at);
                    String note = c.closing().getPreventionNote();
                    String key = c.details().getCategory() + "/" + c.closing().getRootCause();
                    if (note != null && lessonsWritten.add(key)) {
                        reviews.lesson(id, c.details().getCategory(), c.details().getSku(), c.closing().getRootCause(),
                                note, leadId, at);
                    }
                }
                for (var m : DemoConversations.of(c, names.getOrDefault(c.assigneeId(), fallbackAgent), now)) {
                    threads.write(id, m.kind(), m.channel(), m.authorId(), m.authorName(), m.language(), m.body(),
                            m.sentAt());
                }
                // the SLA targets and platform dates of the case, met, missed or still running as its story says
                // (after the conversation: its first reply meets the first-response target)
                deadlines.write(id, now, new java.util.Random(DemoCasePlanner.SEED + id));
            });
        }
    }
}
