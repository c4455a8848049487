package com.claimdesk.search;

import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The index's queries alone, on an index the scale benchmark built ({@code bench.index-dir}), without the database or
 * the app: quick to repeat while tuning a query. Not a replacement for {@code ScaleBenchmark}, which measures the
 * same calls in the running app and side by side with FULLTEXT (README, Performance).
 * {@code ./mvnw verify -Pbench -Dit.test=IndexQueryBenchmark -Dbench.index-dir=... [-Dbench.texts=customs,refund]}
 */
@EnabledIfSystemProperty(named = "bench.index-dir", matches = ".+")
class IndexQueryBenchmark {

    @Test
    void frequent_words_and_identifiers() throws Exception {
        Path dir = Path.of(System.getProperty("bench.index-dir"));
        var properties = new SearchProperties("lucene", dir, List.of(), null, null, null, false, 500,
                Long.getLong("bench.exact-count-up-to", 10_000), "index");
        try (CloseableSearchMapping mapping = new SearchConfiguration().searchMapping(properties, new SearchFolder(dir))) {
            var search = new CaseSearch(mapping, null, Clock.systemUTC(), properties.exactCountUpTo());
            int runs = Integer.getInteger("bench.index-runs", 50);
            String only = System.getProperty("bench.texts", "");
            List<String> texts = only.isBlank() ? List.of("customs", "refund", "damaged photos", "海关", "Emma Dubois",
                    "CD-2026-218673", "SKU-27") : List.of(only.split(","));
            for (String text : texts) {
                time(text + " search(50)", runs, () -> search.search(SearchQuery.of(text, 50)));
                time(text + " search(1)", runs, () -> search.search(SearchQuery.of(text, 1)));
                time(text + " caseIds(50)", runs, () -> search.caseIds(text, 50));
                time(text + " caseIds(200)", runs, () -> search.caseIds(text, 200));
                time(text + " caseIds(1000)", runs, () -> search.caseIds(text, 1000));
            }
        }
    }

    private static void time(String what, int runs, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-40s p50 %7.1f  p95 %7.1f ms%n", what, ns[runs / 2] / 1e6, ns[(int) (runs * 0.95)] / 1e6);
    }
}
