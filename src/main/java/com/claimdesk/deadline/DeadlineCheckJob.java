package com.claimdesk.deadline;

import com.claimdesk.base.node.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Runs {@link DeadlineSweep} every {@code claimdesk.deadlines.check-every} (default one minute) on exactly one node:
 * ShedLock holds a row in the {@code shedlock} table for the interval, so the other nodes skip their turn. The lock
 * is kept at least a little less than the interval, so a node whose clock is a bit off cannot run it twice.
 * E-mail copies go out after the sweep's commit ({@link com.claimdesk.notification.Notifier#sendOnceAndMail}: an
 * event kept until the mail went out), never from a user's request.
 * Put on a timer by {@link DeadlineJobConfiguration} where the job is enabled. Every pass is recorded in the
 * {@code job_run} table with the node that ran it ({@link JobRuns}).
 */
class DeadlineCheckJob {

    static final String LOCK_NAME = "deadline-check";
    private static final Logger log = LoggerFactory.getLogger(DeadlineCheckJob.class);

    private final DeadlineSweep sweep;
    private final Clock clock;
    private final JobRuns jobRuns;
    /** Passes run on this node since start, for monitoring and for the test that two nodes share one interval. */
    private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    DeadlineCheckJob(DeadlineSweep sweep, Clock clock, JobRuns jobRuns) {
        this.jobRuns = jobRuns;
        this.sweep = sweep;
        this.clock = clock;
    }

    @SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "${claimdesk.deadlines.lock-at-least-for:50s}",
            lockAtMostFor = "${claimdesk.deadlines.lock-at-most-for:10m}")
    public void check() {
        run();
    }

    /** One pass now: the sweep in its transaction (which also asks for the e-mails of what it raised). */
    DeadlineSweep.Result run() {
        runs.incrementAndGet();
        long runId = jobRuns.started(LOCK_NAME);
        DeadlineSweep.Result result;
        try {
            result = sweep.runAt(clock.instant());
        } catch (RuntimeException e) {
            jobRuns.finished(runId, "failed: " + e);
            throw e;
        }
        jobRuns.finished(runId, result.missed() + " missed, " + result.near() + " near, " + result.prevention()
                + " prevention");
        if (result.missed() + result.near() + result.prevention() > 0) {
            log.info("Deadline check: {} missed, {} near, {} prevention alert(s)", result.missed(), result.near(),
                    result.prevention());
        }
        return result;
    }

    int runs() {
        return runs.get();
    }
}
