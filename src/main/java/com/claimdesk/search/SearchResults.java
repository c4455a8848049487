package com.claimdesk.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search, best first, how many cases match in all, and the facets.
 *
 * @param facets per facet ({@code status}, {@code marketplace}, {@code category}) the number of matching cases by
 *               value (the enum constant's name), counted over the matches with every narrowing applied
 */
public record SearchResults(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets) {

    public static final String STATUS = "status";
    public static final String MARKETPLACE = "marketplace";
    public static final String CATEGORY = "category";

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, Map.of(STATUS, Map.of(), MARKETPLACE, Map.of(), CATEGORY, Map.of()));
    }
}
