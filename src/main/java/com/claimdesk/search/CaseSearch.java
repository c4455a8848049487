package com.claimdesk.search;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
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
    private static final java.util.Comparator<SearchHit> BEST_FIRST = java.util.Comparator
            .comparingDouble((SearchHit h) -> -h.score())
            .thenComparing(SearchHit::updatedAt, java.util.Comparator.reverseOrder());

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
    private static final List<String> HIGHLIGHTED =
            List.of("summary", "messages", "notes", "evidence", "lessons", "fileNames");

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
     */
    @PreAuthorize("hasRole('AGENT')")
    public SearchResults search(SearchQuery query) {
        List<String> words = words(query.text());
        if (!query.text().isEmpty() && words.isEmpty()) {
            return SearchResults.none();
        }
        Instant now = clock.instant();
        try (SearchSession session = mapping.createSession()) {
            SearchResult<List<?>> result = session.search(CaseDocument.class)
                    .select(f -> f.composite().from(
                            f.id(Long.class),
                            f.field("caseNumber", String.class),
                            f.field("buyerName", String.class),
                            f.field("status", ComplaintStatus.class),
                            f.field("marketplace", Marketplace.class),
                            f.field("category", Category.class),
                            f.field("updatedAt", Instant.class),
                            f.score(),
                            f.field("summary", String.class)).asList())
                    .where(f -> predicate(f, words, query, now))
                    // by score alone, so that Lucene may skip matches that cannot reach the best hits (block-max
                    // WAND); a tie on the score is ordered by the last activity below, within the page
                    .sort(f -> words.isEmpty() ? f.field("updatedAt").desc() : f.score())
                    .totalHitCountThreshold(exactCountUpTo)
                    .fetch(query.limit());
            Map<Long, List<String>> marked = snippets(session, words,
                    result.hits().stream().map(row -> (Long) row.get(0)).toList());
            List<SearchHit> hits = result.hits().stream()
                    .map(row -> hit(row, marked.getOrDefault((Long) row.get(0), List.of())))
                    .sorted(BEST_FIRST).toList();
            SearchResultTotal total = result.total();
            if (!total.isHitCountExact()) {
                // the round figure the page shows as "10 000+" (Lucene stops a little past it, at no fixed place)
                return SearchResults.atLeast(hits, Math.min(total.hitCountLowerBound(), exactCountUpTo));
            }
            long count = total.hitCount();
            return new SearchResults(hits, count, true,
                    count == 0 ? SearchResults.none().facets() : facets(session, words, query, now));
        }
    }

    /**
     * The marked passages of the given cases, asked for in a second request that finds only these cases and holds
     * only the words' matches in the highlighted fields: the unified highlighter checks its query against each hit's
     * text, so the identifiers, the languages' copies and the recency ranges of the search's query would cost it
     * for every hit and mark nothing (docs/decisions/140-search.md).
     */
    private static Map<Long, List<String>> snippets(SearchSession session, List<String> words, List<Long> ids) {
        if (words.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        List<List<?>> rows = session.search(CaseDocument.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.highlight("summary"),
                        f.highlight("messages"),
                        f.highlight("notes"),
                        f.highlight("evidence"),
                        f.highlight("lessons"),
                        f.highlight("fileNames")).asList())
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
                // sentence is cut around its first marked word afterwards (Snippets)
                .highlighter(h -> h.unified().tag(Snippets.OPEN, Snippets.CLOSE)
                        .encoder(HighlighterEncoder.HTML).numberOfFragments(2).orderByScore(true))
                .fetchHits(ids.size());
        Map<Long, List<String>> snippets = new java.util.HashMap<>();
        for (List<?> row : rows) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < HIGHLIGHTED.size() && chosen.size() < MAX_SNIPPETS; i++) {
                @SuppressWarnings("unchecked")
                List<String> passages = (List<String>) row.get(1 + i);
                for (String passage : passages) {
                    String snippet = Snippets.around(passage, SNIPPET_LENGTH);
                    // a summary is often the buyer's first message again: the same passage once
                    if (chosen.size() < MAX_SNIPPETS && !chosen.contains(snippet)) {
                        chosen.add(snippet);
                    }
                }
            }
            snippets.put((Long) row.get(0), List.copyOf(chosen));
        }
        return snippets;
    }

    /** The facets over the matches: only asked for when they are few (every match is visited). */
    private Map<String, Map<String, Long>> facets(SearchSession session, List<String> words, SearchQuery query,
                                                  Instant now) {
        var byStatus = AggregationKey.<Map<String, Long>>of(SearchResults.STATUS);
        var byMarketplace = AggregationKey.<Map<String, Long>>of(SearchResults.MARKETPLACE);
        var byCategory = AggregationKey.<Map<String, Long>>of(SearchResults.CATEGORY);
        SearchResult<Long> result = session.search(CaseDocument.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, words, query, now))
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

    /** The ids of the cases {@code text} finds, best first, at most {@code max}: the queue's free-text filter. */
    @PreAuthorize("hasRole('AGENT')")
    public List<Long> caseIds(String text, int max) {
        List<String> words = words(text == null ? "" : text);
        if (words.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        var everything = new SearchQuery(text, null, null, null, 1);
        try (SearchSession session = mapping.createSession()) {
            record Found(long id, float score, Instant updatedAt) {
            }
            return session.search(CaseDocument.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.score(), f.field("updatedAt", Instant.class))
                            .as(Found::new))
                    .where(f -> predicate(f, words, everything, now))
                    .sort(f -> f.score())
                    .fetchHits(Math.max(1, max))
                    .stream()
                    .sorted(java.util.Comparator.comparingDouble((Found h) -> -h.score())
                            .thenComparing(Found::updatedAt, java.util.Comparator.reverseOrder()))
                    .map(Found::id).toList();
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
                                                    SearchQuery query, Instant now) {
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
                all.must(anywhere);
                continue;
            }
            TEXT_FIELDS.forEach((field, boost) ->
                    anywhere.should(f.match().field(field).matching(word).minimumShouldMatchPercent(100).boost(boost)));
            // the other languages' analyses: a word in Chinese script through smartcn's words, any other through the
            // German, Spanish and French stems (smartcn adds nothing to a Latin word, nor a stemmer to a Chinese one)
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
        if (!words.isEmpty()) {
            // recency: a case active this week or this month gains a little, enough to order near-equal matches
            all.should(f.range().field("updatedAt").atLeast(now.minus(Duration.ofDays(7))).constantScore().boost(0.6f));
            all.should(f.range().field("updatedAt").atLeast(now.minus(Duration.ofDays(30))).constantScore().boost(0.4f));
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

    private static SearchHit hit(List<?> row, List<String> marked) {
        List<String> snippets = new ArrayList<>(marked);
        String summary = (String) row.get(8);
        if (snippets.isEmpty() && summary != null && !summary.isBlank()) {
            // found by an identifier or a language's stem the default analyser does not share: show the summary
            String start = summary.strip();
            if (start.length() > SNIPPET_LENGTH) {
                start = start.substring(0, SNIPPET_LENGTH) + "…";
            }
            snippets.add(HtmlUtils.htmlEscape(start));
        }
        return new SearchHit((Long) row.get(0), (String) row.get(1), (String) row.get(2), (ComplaintStatus) row.get(3),
                (Marketplace) row.get(4), (Category) row.get(5), (Instant) row.get(6), (Float) row.get(7),
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
        fields.put("summary", 3f);
        fields.put("tagsText", 3f);
        fields.put("evidence", 1.5f);
        fields.put("lessons", 1.5f);
        fields.put("fileNames", 1.2f);
        fields.put("messages", 1f);
        fields.put("notes", 1f);
        return Map.copyOf(fields);
    }

    /** The language fields a word is looked for in, by its script. */
    static List<String> languageFields(String word) {
        boolean chinese = word.codePoints().anyMatch(CaseSearch::ideographic);
        boolean other = word.codePoints().anyMatch(c -> Character.isLetter(c) && !ideographic(c));
        List<String> fields = new ArrayList<>(4);
        if (other || !chinese) {
            fields.addAll(List.of(CaseDocument.GERMAN, CaseDocument.SPANISH, CaseDocument.FRENCH));
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
