package com.claimdesk.report;

import com.claimdesk.complaint.ComplaintEvent;
import com.claimdesk.settlement.SettlementRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the report summaries current: a change of a case (opened, edited, moved, assigned) or of its settlement is
 * noted in the change's own transaction, and after the commit the days of the cases noted are recomputed. Durable
 * listeners (docs/decisions/080-modules.md, rule 5): an event whose refresh failed is handed over again at the next
 * start (and the noted cases wait for it), and a refresh done twice gives the same rows. They run without a transaction of their own so that the refresh opens its own in READ COMMITTED
 * ({@link ReportSummaries}). At start the summaries are rebuilt when they were never built or for another offset.
 */
@Component
class SummaryFollower {

    private static final Logger log = LoggerFactory.getLogger(SummaryFollower.class);

    private final ReportSummaries summaries;

    SummaryFollower(ReportSummaries summaries) {
        this.summaries = summaries;
    }

    /** In the transaction of the change: the case is noted, so that no change is lost. */
    @EventListener
    void note(ComplaintEvent event) {
        summaries.changed(event.complaintId());
    }

    @EventListener
    void note(SettlementRecorded event) {
        summaries.changed(event.complaintId());
    }

    /** After the commit: the cases noted so far are recomputed (most often by an earlier call already). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintEvent event) {
        summaries.refreshChanged();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SettlementRecorded event) {
        summaries.refreshChanged();
    }

    /** After the start-up runners (demo seeding among them), so the cases are all there to count. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (summaries.needRebuild()) {
            log.info("Report summaries missing or built for another offset: rebuilding");
            summaries.rebuildNow();
        }
    }
}
