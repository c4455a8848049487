package com.claimdesk.search;

import com.claimdesk.complaint.ThreadSearch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The queue's free text through the search index: the cases whose thread, notes, evidence or texts hold every word,
 * best first. The queue still matches its own columns by substring and keeps its filters, sort and keyset paging;
 * this only adds the cases the index finds (docs/decisions/140-search.md). The default; MariaDB FULLTEXT answers
 * instead with {@code claimdesk.search.queue=fulltext}.
 */
@Component
@ConditionalOnProperty(name = "claimdesk.search.queue", havingValue = "index", matchIfMissing = true)
class IndexThreadSearch implements ThreadSearch {

    private final CaseSearch search;

    IndexThreadSearch(CaseSearch search) {
        this.search = search;
    }

    @Override
    public List<Long> casesMentioning(String text, int max) {
        return search.caseIds(text, max);
    }

    @Override
    public List<Long> casesMentioning(String text, Within within, int max) {
        return search.caseIds(text, within, max);
    }
}
