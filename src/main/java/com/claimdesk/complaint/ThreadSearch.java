package com.claimdesk.complaint;

import java.util.List;

/**
 * The queue's free text also finds words in a case's thread, which the messaging module owns and answers: which
 * cases mention the words. The queue knows nothing of messages (docs/decisions/080-modules.md).
 */
public interface ThreadSearch {

    /** Ids of cases whose thread has words starting with every word of {@code text}, at most {@code max}. */
    List<Long> casesMentioning(String text, int max);
}
