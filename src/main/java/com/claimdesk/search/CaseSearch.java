package com.claimdesk.search;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.ThreadSearch;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchResultTotal;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Searching the cases like a search engine: every word of the text must be found somewhere in a case (its
 * identifiers, buyer, summary, tags, thread, notes, evidence or lessons, in any of the analysed languages), best matches first
 * with recent activity breaking near-ties, the matched words marked in snippets, and counts per status, marketplace
 * and category. The admin part reports on the index and rebuilds it (docs/decisions/140-search.md).
 */
@Service
public class CaseSearch {

    /** Best first: by score, a tie by the later activity (the search sorts by score alone, see {@link #search}). */
    private static final java.util.Comparator<Ranked> BEST_FIRST = java.util.Comparator
            .comparingDouble((Ranked r) -> -r.score())
            .thenComparing(Ranked::updatedAt, java.util.Comparator.reverseOrder());
    /** How many matches by relevance {@link #search} orders again by recency, at most (4 pages of 50). */
    static final int RECENCY_WINDOW = 200;
    /** What activity now adds to a match's relevance; half of it a {@link #RECENCY_PIVOT} ago. */
    static final float RECENCY_WEIGHT = 1f;
    static final Duration RECENCY_PIVOT = Duration.ofDays(7);

    /** Most characters a snippet shows around the words it marks. */
    static final int SNIPPET_LENGTH = 160;
    static final int MAX_SNIPPETS = 3;
    private static final int MAX_WORDS = 12;

    /** Fields a word may be found in, with how much a match there counts (identifiers and summary above messages). */
    private static final Map<String, Float> TEXT_FIELDS = textFields();
    /** A word found only in another language's analysis (an inflection the English stemmer does not share). */
    private static final float LANGUAGE_BOOST = 1f;
    private static final Map<String, Float> IDENTIFIERS = Map.of(
            "caseNumber", 20f, "orderNumber", 20f, "trackingNumber", 20f, "sku", 10f, "tags", 6f);
    /** Where snippets come from, in the order they are shown. */
    private static final List<String> HIGHLIGHTED = List.of(CaseDocument.TEXTS, "fileNames");

    /**
     * A word shaped like a case, order or tracking number or a SKU: ASCII letters and digits with at least one digit,
     * maybe joined by {@code - _ / . #}. Such a word is looked for among the identifiers (and file names) only.
     */
    private static final Pattern IDENTIFIER_WORD = Pattern.compile("[A-Za-z0-9#./_-]*[0-9][A-Za-z0-9#./_-]*");

    private final CloseableSearchMapping mapping;
    private final CaseIndex index;
    private final Clock clock;
    /** {@code claimdesk.search.exact-count-up-to}; tests lower it ({@link #countExactlyUpTo}). */
    private volatile long exactCountUpTo;

    @Autowired
    CaseSearch(CloseableSearchMapping mapping, CaseIndex index, Clock clock, SearchProperties properties) {
        this(mapping, index, clock, properties.exactCountUpTo());
    }

    CaseSearch(CloseableSearchMapping mapping, CaseIndex index, Clock clock, long exactCountUpTo) {
        this.mapping = mapping;
        this.index = index;
        this.clock = clock;
        this.exactCountUpTo = exactCountUpTo;
    }

    /**
     * The best {@code query.limit()} hits. Matches are counted exactly only up to
     * {@code claimdesk.search.exact-count-up-to}: beyond it Lucene may skip matches that cannot reach the best hits,
     * and the results carry a lower bound ({@link SearchResults#totalExact()} false) and no facets, since counting
     * the facets would visit every match again (docs/decisions/140-search.md). Up to that many matches, a second
     * request without hits counts the facets.
     * <p>
     * Relevance decides which matches come into question, recency their order: the index returns the best
     * {@link #window} matches by relevance alone, and each gains {@link #recency} for its last activity before the
     * best are taken. A recency clause in the index's query would be scored for every match and keep Lucene from
     * skipping those that cannot reach the best hits (measured: three to five times slower on a million cases).
     */
    @PreAuthorize("hasRole('AGENT')")
    public SearchResults search(SearchQuery query) {
        List<String> words = words(query.text());
        if (!query.text().isEmpty() && words.isEmpty()) {
            return SearchResults.none();
        }
        Instant now = clock.instant();
        try (SearchSession session = mapping.createSession()) {
            SearchResult<Ranked> result = session.search(CaseDocument.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.score(), f.field("updatedAt", Instant.class))
                            .as(Ranked::new))
                    .where(f -> predicate(f, words, query))
                    // by score alone, so that Lucene may skip matches that cannot reach the best hits (block-max
                    // WAND); without words, the latest activity first
                    .sort(f -> words.isEmpty() ? f.field("updatedAt").desc() : f.score())
                    .totalHitCountThreshold(exactCountUpTo)
                    .fetch(words.isEmpty() ? query.limit() : window(query.limit(), exactCountUpTo));
            List<Ranked> best = words.isEmpty() ? result.hits() : withRecency(result.hits(), now, query.limit());
            List<SearchHit> hits = hits(session, words, best);
            SearchResultTotal total = result.total();
            if (!total.isHitCountExact()) {
                // the round figure the page shows as "10 000+" (Lucene stops a little past it, at no fixed place)
                return SearchResults.atLeast(hits, Math.min(total.hitCountLowerBound(), exactCountUpTo));
            }
            long count = total.hitCount();
            return new SearchResults(hits, count, true,
                    count == 0 ? SearchResults.none().facets() : facets(session, words, query));
        }
    }

    /** A match as the index ranks it: its relevance, and its last activity for the order by recency. */
    private record Ranked(long id, float score, Instant updatedAt) {
    }

    /**
     * How many of the best matches by relevance are ordered again with recency to give the best {@code limit}: four
     * times as many, at most {@link #RECENCY_WINDOW}, and no more than are counted exactly (collecting more hits
     * would count more matches).
     */
    static int window(int limit, long countUpTo) {
        return (int) Math.max(limit, Math.min(Math.min(limit * 4L, RECENCY_WINDOW), countUpTo));
    }

    /**
     * What recent activity adds to a match's relevance: {@value #RECENCY_WEIGHT} for activity now, half of it a
     * week ago, a fifth a month ago, next to nothing after a year; enough to order near-equal matches, not to lift a
     * match in a message above one in the summary (the same curve as Lucene's and Elasticsearch's distance feature).
     */
    static float recency(Instant updatedAt, Instant now) {
        double age = Math.max(0, Duration.between(updatedAt, now).toMillis());
        double pivot = RECENCY_PIVOT.toMillis();
        return (float) (RECENCY_WEIGHT * pivot / (pivot + age));
    }

    /** The best {@code limit} of {@code ranked} by relevance plus recency, a tie by the later activity. */
    private static List<Ranked> withRecency(List<Ranked> ranked, Instant now, int limit) {
        return ranked.stream()
                .map(r -> new Ranked(r.id(), r.score() + recency(r.updatedAt(), now), r.updatedAt()))
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
    }

    /**
     * The hits' fields and marked passages, asked for in a second request that finds only these cases and holds only
     * the words' matches in the highlighted fields: the unified highlighter checks its query against each hit's text,
     * so the identifiers and the languages' copies of the search's query would cost it for every hit and mark nothing
     * (docs/decisions/140-search.md). In the order of {@code best}.
     */
    private static List<SearchHit> hits(SearchSession session, List<String> words, List<Ranked> best) {
        if (best.isEmpty()) {
            return List.of();
        }
        List<Long> ids = best.stream().map(Ranked::id).toList();
        var found = session.search(CaseDocument.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field("caseNumber", String.class),
                        f.field("buyerName", String.class),
                        f.field("status", ComplaintStatus.class),
                        f.field("marketplace", Marketplace.class),
                        f.field("category", Category.class),
                        f.field("summary", String.class),
                        words.isEmpty() ? f.constant(List.of()) : f.composite().from(
                                f.highlight(CaseDocument.TEXTS),
                                f.highlight("fileNames")).asList()).asList())
                .where(f -> {
                    var these = f.bool().filter(f.id().matchingAny(ids));
                    for (String word : words) {
                        for (String field : identifierLike(word) ? List.of("fileNames") : HIGHLIGHTED) {
                            these.should(f.match().field(field).matching(word).minimumShouldMatchPercent(100));
                        }
                    }
                    return these;
                })
                // the unified highlighter cuts at sentences (Lucene's does not take a fragment size); a long
                // sentence is cut around its first marked word afterwards (Snippets); the best passages first
                .highlighter(h -> h.unified().tag(Snippets.OPEN, Snippets.CLOSE)
                        .encoder(HighlighterEncoder.HTML).numberOfFragments(MAX_SNIPPETS).orderByScore(true))
                .fetchHits(ids.size());
        Map<Long, List<?>> byId = new java.util.HashMap<>();
        for (List<?> row : found) {
            byId.put((Long) row.get(0), row);
        }
        List<SearchHit> hits = new ArrayList<>(best.size());
        for (Ranked r : best) {
            List<?> row = byId.get(r.id());
            if (row != null) {
                hits.add(hit(r, row));
            }
        }
        return List.copyOf(hits);
    }

    /** Up to {@value #MAX_SNIPPETS} passages, from the texts before the file names, each passage once. */
    @SuppressWarnings("unchecked")
    private static List<String> snippets(List<?> highlights) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < highlights.size() && chosen.size() < MAX_SNIPPETS; i++) {
            for (String passage : (List<String>) highlights.get(i)) {
                String snippet = Snippets.around(passage, SNIPPET_LENGTH);
                // a summary is often the buyer's first message again: the same passage once
                if (chosen.size() < MAX_SNIPPETS && !chosen.contains(snippet)) {
                    chosen.add(snippet);
                }
            }
        }
        return chosen;
    }

    /** The facets over the matches: only asked for when they are few (every match is visited). */
    private Map<String, Map<String, Long>> facets(SearchSession session, List<String> words, SearchQuery query) {
        var byStatus = AggregationKey.<Map<String, Long>>of(SearchResults.STATUS);
        var byMarketplace = AggregationKey.<Map<String, Long>>of(SearchResults.MARKETPLACE);
        var byCategory = AggregationKey.<Map<String, Long>>of(SearchResults.CATEGORY);
        SearchResult<Long> result = session.search(CaseDocument.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, words, query))
                .aggregation(byStatus, f -> f.terms().field("status", String.class, ValueModel.INDEX))
                .aggregation(byMarketplace, f -> f.terms().field("marketplace", String.class, ValueModel.INDEX))
                .aggregation(byCategory, f -> f.terms().field("category", String.class, ValueModel.INDEX))
                .fetch(0);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(SearchResults.STATUS, Map.copyOf(result.aggregation(byStatus)));
        facets.put(SearchResults.MARKETPLACE, Map.copyOf(result.aggregation(byMarketplace)));
        facets.put(SearchResults.CATEGORY, Map.copyOf(result.aggregation(byCategory)));
        return facets;
    }

    /**
     * The ids of the cases {@code text} finds, best first by relevance alone, at most {@code max}: the queue's
     * free-text filter, which puts them in its own order (so neither recency nor any stored field is read here).
     */
    @PreAuthorize("hasRole('AGENT')")
    public List<Long> caseIds(String text, int max) {
        return caseIds(text, ThreadSearch.Within.ANY, max);
    }

    /**
     * The same among the cases of the queue's filters: of the statuses (any when empty), the marketplace, the
     * category and the assignee ({@link ThreadSearch.Within#UNASSIGNED}: nobody) given, so that the best {@code max}
     * are the best of those cases, not of all.
     */
    @PreAuthorize("hasRole('AGENT')")
    public List<Long> caseIds(String text, ThreadSearch.Within within, int max) {
        List<String> words = words(text == null ? "" : text);
        if (words.isEmpty()) {
            return List.of();
        }
        var narrowed = new SearchQuery(text, within.statuses(),
                within.marketplace() == null ? null : java.util.Set.of(within.marketplace()),
                within.category() == null ? null : java.util.Set.of(within.category()), 1);
        try (SearchSession session = mapping.createSession()) {
            return session.search(CaseDocument.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> {
                        var all = f.bool().must(predicate(f, words, narrowed));
                        if (within.assigneeId() != null) {
                            all.filter(f.match().field("assigneeId").matching(within.assigneeId()));
                        }
                        return all;
                    })
                    .sort(f -> f.score())
                    .fetchHits(Math.max(1, max));
        }
    }

    /** For tests: another threshold of the exact count, without another context (and index) for the property. */
    void countExactlyUpTo(long matches) {
        this.exactCountUpTo = matches;
    }

    long exactCountUpTo() {
        return exactCountUpTo;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus status() {
        return index.status();
    }

    /**
     * Rebuilds the index from the database in the background and returns at once; {@code progress} hears from the
     * rebuild's thread. While a rebuild runs, asking again joins it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<IndexStatus> rebuild(RebuildProgress progress) {
        return index.rebuild(progress);
    }

    private static <SR> PredicateFinalStep predicate(TypedSearchPredicateFactory<SR> f, List<String> words,
                                                    SearchQuery query) {
        var all = f.bool();
        if (words.isEmpty()) {
            all.must(f.matchAll());
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            var anywhere = f.bool();
            IDENTIFIERS.forEach((field, boost) -> {
                anywhere.should(f.match().field(field).matching(lower).boost(boost));
                anywhere.should(f.prefix().field(field).matching(lower).boost(boost / 2));
            });
            if (identifierLike(word)) {
                // a number is looked for where numbers are kept, not in the texts' analysed fields, where a
                // digit group is frequent and costly (an order number a buyer quotes is on the case anyway); a
                // file name keeps its numbers (IMG_2034.jpg), in one field
                anywhere.should(f.match().field("fileNames").matching(word).minimumShouldMatchPercent(100)
                        .boost(TEXT_FIELDS.get("fileNames")));
                // a part of a number between its dashes (218673 of CD-2026-218673), whole or by its start
                anywhere.should(f.match().field("identifierParts").matching(word).minimumShouldMatchPercent(100)
                        .boost(8f));
                anywhere.should(f.prefix().field("identifierParts").matching(lower).boost(4f));
                all.must(anywhere);
                continue;
            }
            TEXT_FIELDS.forEach((field, boost) ->
                    anywhere.should(f.match().field(field).matching(word).minimumShouldMatchPercent(100).boost(boost)));
            // the other languages' analyses: a word in Chinese script through smartcn's words, any other through the
            // German, Spanish and French stems, stacked in one field (smartcn adds nothing to a Latin word, nor a
            // stemmer to a Chinese one)
            for (String field : languageFields(word)) {
                anywhere.should(f.match().field(field).matching(word).minimumShouldMatchPercent(100)
                        .boost(LANGUAGE_BOOST));
            }
            // the start of a buyer's name or a file name's part ("Müll" finds Müller)
            String folded = fold(lower);
            anywhere.should(f.prefix().field("buyerName").matching(folded).boost(2f));
            anywhere.should(f.prefix().field("fileNames").matching(folded).boost(0.5f));
            all.must(anywhere);
        }
        if (!query.statuses().isEmpty()) {
            all.filter(f.terms().field("status").matchingAny(List.copyOf(query.statuses())));
        }
        if (!query.marketplaces().isEmpty()) {
            all.filter(f.terms().field("marketplace").matchingAny(List.copyOf(query.marketplaces())));
        }
        if (!query.categories().isEmpty()) {
            all.filter(f.terms().field("category").matchingAny(List.copyOf(query.categories())));
        }
        return all;
    }

    private static SearchHit hit(Ranked ranked, List<?> row) {
        List<String> snippets = snippets((List<?>) row.get(7));
        String summary = (String) row.get(6);
        if (snippets.isEmpty() && summary != null && !summary.isBlank()) {
            // found by an identifier or a language's stem the default analyser does not share: show the summary
            String start = summary.strip();
            if (start.length() > SNIPPET_LENGTH) {
                start = start.substring(0, SNIPPET_LENGTH) + "…";
            }
            snippets.add(HtmlUtils.htmlEscape(start));
        }
        return new SearchHit(ranked.id(), (String) row.get(1), (String) row.get(2), (ComplaintStatus) row.get(3),
                (Marketplace) row.get(4), (Category) row.get(5), ranked.updatedAt(), ranked.score(),
                List.copyOf(snippets));
    }

    /** Whether {@code word} has the shape of a case, order or tracking number or a SKU (it has a digit). */
    static boolean identifierLike(String word) {
        return IDENTIFIER_WORD.matcher(word).matches();
    }

    /** The words of a text: split at white space, only those with a letter or digit, at most {@value #MAX_WORDS}. */
    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .distinct().limit(MAX_WORDS).toList();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("buyerName", 4f);
        // the summary is in the texts too: a word in it counts 3 + 1
        fields.put("summary", 3f);
        fields.put("tagsText", 3f);
        fields.put("fileNames", 1.2f);
        fields.put(CaseDocument.TEXTS, 1f);
        return Map.copyOf(fields);
    }

    /** The language fields a word is looked for in, by its script. */
    static List<String> languageFields(String word) {
        boolean chinese = word.codePoints().anyMatch(CaseSearch::ideographic);
        boolean other = word.codePoints().anyMatch(c -> Character.isLetter(c) && !ideographic(c));
        List<String> fields = new ArrayList<>(4);
        if (other || !chinese) {
            fields.add(CaseDocument.EUROPEAN);
        }
        if (chinese) {
            fields.add(CaseDocument.CHINESE);
        }
        return fields;
    }

    private static boolean ideographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
