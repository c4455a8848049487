package com.claimdesk.importer;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One past or running import, for the import page's history.
 *
 * @param outcome RUNNING (on a live node), DONE, CANCELLED or FAILED (also a run whose node died while it ran)
 * @param node    the node that ran it ({@code claimdesk.node-name}); null for runs from before it was recorded
 */
public record ImportRunSummary(long id, ImportKind kind, String fileName, String mappingName, Instant startedAt,
                               Instant finishedAt, String startedBy, long rows, long created, long updated,
                               long unchanged, long skipped, String outcome, @Nullable String node) {
}
