package com.claimdesk.search;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings under {@code claimdesk.search.*} (README, "Search").
 *
 * @param backend        {@code lucene} (an index in a folder of this node) or {@code elasticsearch} (a cluster that
 *                       several nodes share; OpenSearch too)
 * @param indexDir       the Lucene index folder; {@code null} means {@code <claimdesk.data-dir>/search-index}
 * @param uris           the Elasticsearch/OpenSearch addresses, e.g. {@code http://search:9200}
 * @param username       for the cluster, if it checks
 * @param password       for the cluster, if it checks
 * @param version        the cluster's distribution and version ({@code opensearch:2.19}, {@code 8.17}); when set,
 *                       the app starts without asking the cluster, which may then start later
 * @param catchUpAtStart check at start whether the index holds every case and rebuild it in the background if not
 * @param batchSize      cases read per query while rebuilding
 * @param exactCountUpTo how many matches a search counts exactly, with the facets; beyond it the page shows
 *                       "10 000+" and no facet counts, which keeps frequent words fast on a million cases
 * @param queue          what answers the queue's free text beyond the case's columns: {@code index} (this index) or
 *                       {@code fulltext} (MariaDB FULLTEXT on the messages, for comparison); read by the beans'
 *                       conditions, checked here so that a typo stops the start instead of dropping the thread search
 */
@ConfigurationProperties("claimdesk.search")
record SearchProperties(
        @DefaultValue("lucene") String backend,
        @Nullable Path indexDir,
        @DefaultValue List<String> uris,
        @Nullable String username,
        @Nullable String password,
        @Nullable String version,
        @DefaultValue("true") boolean catchUpAtStart,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10000") long exactCountUpTo,
        @DefaultValue("index") String queue) {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";

    SearchProperties {
        backend = backend.strip().toLowerCase(java.util.Locale.ROOT);
        // an environment variable left empty means "not set"
        uris = uris.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
        username = blankToNull(username);
        password = blankToNull(password);
        version = blankToNull(version);
        if (!backend.equals(LUCENE) && !backend.equals(ELASTICSEARCH)) {
            throw new IllegalArgumentException("claimdesk.search.backend must be lucene or elasticsearch, not " + backend);
        }
        if (backend.equals(ELASTICSEARCH) && uris.isEmpty()) {
            throw new IllegalArgumentException("claimdesk.search.backend=elasticsearch needs claimdesk.search.uris");
        }
        if (!queue.equals("index") && !queue.equals("fulltext")) {
            throw new IllegalArgumentException("claimdesk.search.queue must be index or fulltext, not " + queue);
        }
        if (exactCountUpTo <= 0) {
            throw new IllegalArgumentException("claimdesk.search.exact-count-up-to must be positive");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("claimdesk.search.batch-size must be positive");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    boolean lucene() {
        return backend.equals(LUCENE);
    }
}
