package com.claimdesk.search.ui;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.search.SearchQuery;
import com.vaadin.flow.router.QueryParameters;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search page's state as query parameters ({@code ?q=customs&status=NEW,ESCALATED&marketplace=AMAZON}), so a search
 * can be bookmarked and shared. Unknown values are dropped silently: a mangled link still searches.
 */
record SearchUrl(String text, Set<ComplaintStatus> statuses, Set<Marketplace> marketplaces, Set<Category> categories) {

    /** The hits a page shows: enough to choose from, few enough to render as components. */
    static final int LIMIT = 50;

    SearchUrl {
        text = text.strip();
        statuses = copy(ComplaintStatus.class, statuses);
        marketplaces = copy(Marketplace.class, marketplaces);
        categories = copy(Category.class, categories);
    }

    static SearchUrl empty() {
        return new SearchUrl("", Set.of(), Set.of(), Set.of());
    }

    static SearchUrl parse(QueryParameters params) {
        Map<String, List<String>> p = params.getParameters();
        String q = p.getOrDefault("q", List.of()).stream().findFirst().orElse("");
        return new SearchUrl(q, values(ComplaintStatus.class, p.get("status")),
                values(Marketplace.class, p.get("marketplace")), values(Category.class, p.get("category")));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> m = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            m.put("q", text);
        }
        put(m, "status", statuses);
        put(m, "marketplace", marketplaces);
        put(m, "category", categories);
        return QueryParameters.simple(m);
    }

    /** Nothing asked yet: the page shows how to search instead of every case. */
    boolean blank() {
        return text.isEmpty() && !narrowed();
    }

    boolean narrowed() {
        return !statuses.isEmpty() || !marketplaces.isEmpty() || !categories.isEmpty();
    }

    SearchQuery toQuery() {
        return new SearchQuery(text, statuses, marketplaces, categories, LIMIT);
    }

    SearchUrl withText(String t) {
        return new SearchUrl(t, statuses, marketplaces, categories);
    }

    SearchUrl withStatuses(Set<ComplaintStatus> s) {
        return new SearchUrl(text, s, marketplaces, categories);
    }

    SearchUrl withMarketplaces(Set<Marketplace> m) {
        return new SearchUrl(text, statuses, m, categories);
    }

    SearchUrl withCategories(Set<Category> c) {
        return new SearchUrl(text, statuses, marketplaces, c);
    }

    /** {@code value} added to or removed from {@code set}. */
    static <E extends Enum<E>> Set<E> toggled(Class<E> type, Set<E> set, E value) {
        Set<E> next = copy(type, set);
        if (!next.remove(value)) {
            next.add(value);
        }
        return next;
    }

    private static <E extends Enum<E>> void put(Map<String, String> m, String key, Set<E> values) {
        if (!values.isEmpty()) {
            // sorted so that one search always has one address
            m.put(key, values.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, List<String> raw) {
        Set<E> found = EnumSet.noneOf(type);
        if (raw == null) {
            return found;
        }
        raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).forEach(v -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    found.add(e);
                }
            }
        });
        return found;
    }

    private static <E extends Enum<E>> Set<E> copy(Class<E> type, Set<E> values) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
