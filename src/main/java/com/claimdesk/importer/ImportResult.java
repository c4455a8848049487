package com.claimdesk.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code summaryFile} is a CSV of every row's outcome (created, updated, unchanged, skipped
 * with its reason), in the importing user's language; the caller deletes it when it is no longer offered.
 *
 * @param firstSkipped the first skipped rows, for the page to show; all are in the summary file
 */
public record ImportResult(long runId, long rows, long created, long updated, long unchanged, long skipped,
                           List<SkippedRow> firstSkipped, Path summaryFile, boolean cancelled, Duration took) {

    public record SkippedRow(long rowNumber, String key, String reason) {
    }
}
