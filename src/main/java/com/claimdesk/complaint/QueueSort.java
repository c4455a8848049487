package com.claimdesk.complaint;

/**
 * The orders the queue can be sorted in; each maps to an indexed or cheap expression. The default is urgency: the
 * case whose next deadline comes first, cases without one last, then the oldest. Status sorts within a status by
 * age. Every order is unique (the id breaks ties), so that keyset paging can continue after any row
 * (docs/decisions/050-scale.md).
 */
public record QueueSort(Field field, boolean ascending) {

    public enum Field { URGENCY, CREATED, CASE_NUMBER, PRIORITY, STATUS, BUYER, CLAIMED_AMOUNT, UPDATED }

    public static final QueueSort DEFAULT = new QueueSort(Field.URGENCY, true);
}
