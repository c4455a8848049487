package com.claimdesk.complaint;

import java.util.List;

/**
 * The queue's free text also finds words beyond the case's own columns, in its thread above all, which other modules
 * own and answer: which cases mention the words. The queue knows nothing of messages (docs/decisions/080-modules.md).
 * The search index answers by default ({@code claimdesk.search.queue=index}: thread, notes, evidence and the case's
 * texts, ranked); MariaDB FULLTEXT over the messages with {@code claimdesk.search.queue=fulltext}
 * (docs/decisions/140-search.md).
 */
public interface ThreadSearch {

    /** Ids of cases in which every word of {@code text} is found, best matches first, at most {@code max}. */
    List<Long> casesMentioning(String text, int max);
}
