package com.claimdesk.complaint;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the search module indexes of a case: its identifiers, buyer, product, words and the three facets, read in
 * batches through {@link Cases#searchSummaries} (docs/decisions/140-search.md).
 */
public record CaseSearchSummary(long id, String caseNumber, String orderNumber, @Nullable String trackingNumber,
                                String buyerName, @Nullable String buyerCountry, @Nullable String sku,
                                @Nullable String summary, Set<String> tags, ComplaintStatus status,
                                Marketplace marketplace, Category category, @Nullable Long assigneeId,
                                Instant createdAt, Instant updatedAt) {
}
