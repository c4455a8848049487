package com.claimdesk.base.task;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Events whose listener failed (a mail server that was down) stay in {@code event_publication}; every few minutes one
 * node hands the ones older than that to their listeners again. What a crash interrupted is republished at the next
 * start as well ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class IncompleteEventsRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    IncompleteEventsRetry(IncompleteEventPublications incomplete,
                          @Value("${claimdesk.events.retry-after:5m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${claimdesk.events.retry-after:5m}",
            initialDelayString = "${claimdesk.events.retry-after:5m}")
    @SchedulerLock(name = "event-retry", lockAtMostFor = "10m")
    public void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
