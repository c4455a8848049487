package com.claimdesk.search;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;

import java.util.Set;

/**
 * A search: the words or identifier as typed, and the facets to narrow it to (an empty set does not narrow).
 *
 * @param limit how many hits to return, 1 to {@link #MAX_LIMIT}
 */
public record SearchQuery(String text, Set<ComplaintStatus> statuses, Set<Marketplace> marketplaces,
                          Set<Category> categories, int limit) {

    public static final int MAX_LIMIT = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        marketplaces = marketplaces == null ? Set.of() : Set.copyOf(marketplaces);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    /** The words alone, every facet, the first {@code limit} hits. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), limit);
    }
}
