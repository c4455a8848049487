package com.claimdesk.importer;

import com.claimdesk.order.UpsertOutcome;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row as the import would treat it.
 *
 * @param intent    CREATED or UPDATED; null when the row has problems and would be skipped
 * @param reference the case the row would update, if any
 */
public record RowPreview(long rowNumber, String key, @Nullable UpsertOutcome intent, @Nullable String reference,
                         List<String> problems) {
}
