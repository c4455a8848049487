package com.claimdesk.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The search index as an admin sees it.
 *
 * @param backend      {@code lucene} or {@code elasticsearch}
 * @param documents    cases in the index
 * @param cases        cases in the database: the two differ while a rebuild runs or after a crash (caught up at start)
 * @param sizeBytes    the index's size on disk, or -1 when the backend does not tell (Elasticsearch)
 * @param lastRebuild  when the last rebuild finished, if any did here
 * @param rebuilding   a rebuild is running; {@code done} of {@code total} cases are indexed
 */
public record IndexStatus(String backend, long documents, long cases, long sizeBytes, @Nullable Instant lastRebuild,
                          boolean rebuilding, long done, long total) {
}
