package com.claimdesk.importer;

import java.time.Instant;

/** One past import, for the import page's history. */
public record ImportRunSummary(long id, ImportKind kind, String fileName, String mappingName, Instant startedAt,
                               Instant finishedAt, String startedBy, long rows, long created, long updated,
                               long unchanged, long skipped, String outcome) {
}
