package com.claimdesk.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search, best first, how many cases match in all, and the facets.
 *
 * @param total      how many cases match; when {@code totalExact} is false, at least that many (the search stopped
 *                   counting: {@code claimdesk.search.exact-count-up-to})
 * @param totalExact whether {@code total} is the exact count; when false the facets are empty
 * @param facets     per facet ({@code status}, {@code marketplace}, {@code category}) the number of matching cases by
 *                   value (the enum constant's name), counted over the matches with every narrowing applied
 */
public record SearchResults(List<SearchHit> hits, long total, boolean totalExact,
                            Map<String, Map<String, Long>> facets) {

    public static final String STATUS = "status";
    public static final String MARKETPLACE = "marketplace";
    public static final String CATEGORY = "category";

    /** An exact count. */
    public SearchResults(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets) {
        this(hits, total, true, facets);
    }

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, true,
                Map.of(STATUS, Map.of(), MARKETPLACE, Map.of(), CATEGORY, Map.of()));
    }

    /** More matches than were counted: {@code lowerBound} at least, no facets. */
    static SearchResults atLeast(List<SearchHit> hits, long lowerBound) {
        return new SearchResults(hits, lowerBound, false, none().facets());
    }
}
