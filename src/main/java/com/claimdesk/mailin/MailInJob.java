package com.claimdesk.mailin;

import com.claimdesk.base.node.JobRuns;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import java.time.Clock;
import java.time.Duration;

/**
 * One node's turn at the mailbox. Every node schedules it, but a turn polls only while it holds the {@code mail-in}
 * job lock (the {@code shedlock} table, like the deadline job): two nodes reading the same unread mail at once would
 * file it twice. The lock is kept for most of the poll interval, so the mailbox is read once per interval whichever
 * node's timer comes first; every poll is recorded in {@code job_run} with its node.
 */
class MailInJob {

    static final String LOCK_NAME = "mail-in";
    /** A poll handles at most {@code max-per-poll} mails; one that runs longer than this has hung. */
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

    private final MailInPoller poller;
    private final LockingTaskExecutor locks;
    private final JobRuns jobRuns;
    private final Duration lockAtLeastFor;
    private final Clock clock;

    MailInJob(MailInPoller poller, LockProvider lockProvider, JobRuns jobRuns, MailInProperties properties,
              Clock clock) {
        this.poller = poller;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.jobRuns = jobRuns;
        this.lockAtLeastFor = properties.pollInterval().multipliedBy(4).dividedBy(5);
        this.clock = clock;
    }

    /** Polls if no other node holds the lock; returns whether this node polled. */
    boolean turn() {
        try {
            return locks.executeWithLock(() -> {
                long run = jobRuns.started(LOCK_NAME);
                try {
                    int mails = poller.pollOnce().size();
                    jobRuns.finished(run, mails + " mail(s)");
                } catch (RuntimeException e) {
                    jobRuns.finished(run, "failed: " + e);
                    throw e;
                }
                return null;
            }, new LockConfiguration(clock.instant(), LOCK_NAME, LOCK_AT_MOST_FOR, lockAtLeastFor)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
