package com.claimdesk.messaging;

import com.claimdesk.complaint.ThreadSearch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The queue's thread search on MariaDB FULLTEXT (word prefixes in the message bodies), kept for comparison with the
 * search index and as a fallback: only with {@code claimdesk.search.queue=fulltext} (docs/decisions/140-search.md).
 */
@Component
@ConditionalOnProperty(name = "claimdesk.search.queue", havingValue = "fulltext")
class FullTextThreadSearch implements ThreadSearch {

    private final ThreadService threads;

    FullTextThreadSearch(ThreadService threads) {
        this.threads = threads;
    }

    @Override
    public List<Long> casesMentioning(String text, int max) {
        return threads.casesMentioning(text, max);
    }
}
