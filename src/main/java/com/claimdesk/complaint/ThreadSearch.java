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

    /**
     * The same among the cases {@code within} allows, when the search can tell (the search index knows status,
     * marketplace, category and assignee): the best {@code max} of those, not the best {@code max} of all cases of
     * which the queue's filters would then keep few or none. By default the filters are left to the queue.
     */
    default List<Long> casesMentioning(String text, Within within, int max) {
        return casesMentioning(text, max);
    }

    /**
     * The queue's filters a search may apply itself: statuses (empty: any), a marketplace and a category (null: any),
     * and the assignee: a user's id, {@link #UNASSIGNED}, or null for anyone.
     */
    record Within(java.util.Set<ComplaintStatus> statuses, @org.jspecify.annotations.Nullable Marketplace marketplace,
                  @org.jspecify.annotations.Nullable Category category,
                  @org.jspecify.annotations.Nullable Long assigneeId) {

        public static final long UNASSIGNED = 0L;
        /** No filter: any case. */
        public static final Within ANY = new Within(null, null, null, null);

        public Within {
            statuses = statuses == null ? java.util.Set.of() : java.util.Set.copyOf(statuses);
        }
    }
}
