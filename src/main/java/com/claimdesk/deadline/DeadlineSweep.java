package com.claimdesk.deadline;

import com.claimdesk.complaint.CaseFacts;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.notification.NotificationKind;
import com.claimdesk.notification.Notifier;
import com.claimdesk.security.UserDirectory;
import com.claimdesk.security.Role;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of the deadline check at a given instant, in one transaction: pending deadlines whose date passed become
 * MISSED (the assignee and the managers are told), deadlines within the at-risk window are announced to the
 * assignee, and promised delivery dates within the prevention window raise "extend it on the platform". Every
 * notification has a dedup key, so running again (or on another node) never repeats one. No signed-in user is
 * needed: this is a system step, reached only from {@link DeadlineCheckJob} and tests, never from a view.
 */
@Component
class DeadlineSweep {

    /** A notification that was new in this pass, for the optional e-mail after the commit. */
    record Raised(long recipientId, String caseNumber, String messageKey, List<String> args) {
    }

    record Result(int missed, int near, int prevention, List<Raised> raised) {
    }

    private static final Set<DeadlineState> WAITING = EnumSet.of(DeadlineState.OPEN, DeadlineState.EXTENDED);

    private final DeadlineRepository deadlines;
    private final DeadlineKeeper keeper;
    private final Notifier notifier;
    private final UserDirectory users;
    private final DeadlineProperties properties;

    private final org.springframework.transaction.support.TransactionTemplate transaction;

    DeadlineSweep(DeadlineRepository deadlines, DeadlineKeeper keeper, Notifier notifier, UserDirectory users,
                  DeadlineProperties properties,
                  org.springframework.transaction.PlatformTransactionManager transactions) {
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.deadlines = deadlines;
        this.keeper = keeper;
        this.notifier = notifier;
        this.users = users;
        this.properties = properties;
    }

    /**
     * The pass, in one transaction, as the system (nobody is signed in for a job): its notifications and history
     * say "system".
     */
    public Result runAt(Instant now) {
        return com.claimdesk.security.SystemActor.call(() -> transaction.execute(status -> sweep(now)));
    }

    private Result sweep(Instant now) {
        List<Raised> raised = new ArrayList<>();
        List<Long> managers = managers();

        int missed = 0;
        for (Deadline d : deadlines.findDueBefore(WAITING, now)) {
            if (!d.missIfPassed(now)) {
                continue;
            }
            missed++;
            if (!d.getKind().owedAfterMiss()) {
                // a passed delivery or escalation date no longer makes the case urgent in the queue
                keeper.refreshNext(d.getComplaintId());
            }
            CaseFacts c = keeper.complaint(d.getComplaintId());
            Set<Long> recipients = new LinkedHashSet<>();
            if (c.assigneeId() != null) {
                recipients.add(c.assigneeId());
            }
            recipients.addAll(managers);
            for (long to : recipients) {
                send("deadline-missed:" + d.getId() + ":" + to, to, NotificationKind.DEADLINE_MISSED, c,
                        "deadline.notify.missed." + d.getKind().name(), raised, c.caseNumber());
            }
        }

        int near = 0;
        Instant riskEnd = now.plus(properties.atRiskWithin());
        for (Deadline d : deadlines.findDueBefore(WAITING, riskEnd)) {
            CaseFacts c = keeper.complaint(d.getComplaintId());
            // keyed by the date: an extended deadline that comes near again is announced again
            String key = "deadline-near:" + d.getId() + ":" + d.effectiveDue().getEpochSecond();
            for (long to : assigneeOrManagers(c, managers)) {
                if (send(key + ":" + to, to, NotificationKind.DEADLINE_NEAR, c,
                        "deadline.notify.near." + d.getKind().name(), raised, c.caseNumber())) {
                    near++;
                }
            }
        }

        int prevention = 0;
        Duration window = Duration.ofDays(keeper.settingsRow().getPreventionDays());
        for (Deadline d : deadlines.findDueBefore(EnumSet.of(DeadlineState.OPEN), now.plus(window))) {
            if (d.getKind() != DeadlineKind.PROMISED_DELIVERY || !DeadlineService.needsExtension(d, now, window)) {
                continue;
            }
            CaseFacts c = keeper.complaint(d.getComplaintId());
            if (c.deliveredOn() != null) {
                continue;
            }
            String key = "deadline-prevention:" + d.getId() + ":" + d.effectiveDue().getEpochSecond();
            for (long to : assigneeOrManagers(c, managers)) {
                if (send(key + ":" + to, to, NotificationKind.PREVENTION, c, "deadline.notify.prevention", raised,
                        c.caseNumber(), String.valueOf(c.promisedDeliveryOn()))) {
                    prevention++;
                }
            }
        }
        return new Result(missed, near, prevention, raised);
    }

    private boolean send(String key, long to, NotificationKind kind, CaseFacts c, String messageKey, List<Raised> raised,
                         String... args) {
        boolean fresh = notifier.sendOnceAndMail(key, to, kind, c.id(), c.caseNumber(), messageKey, (Object[]) args);
        if (fresh) {
            raised.add(new Raised(to, c.caseNumber(), messageKey, List.of(args)));
        }
        return fresh;
    }

    private List<Long> assigneeOrManagers(CaseFacts c, List<Long> managers) {
        Long a = c.assigneeId();
        return a != null && users.isEnabled(a) ? List.of(a) : managers;
    }

    /** Everyone who manages the team: managers and team leads (a lead is a manager too), enabled. */
    private List<Long> managers() {
        return users.enabledWithAnyRole(EnumSet.of(Role.MANAGER, Role.LEAD));
    }
}
