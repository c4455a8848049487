package com.claimdesk.complaint;

/** The orders the queue can be sorted in; each maps to an indexed or cheap expression. */
public record QueueSort(Field field, boolean ascending) {

    public enum Field { CREATED, CASE_NUMBER, PRIORITY, STATUS, BUYER, CLAIMED_AMOUNT, UPDATED }

    public static final QueueSort DEFAULT = new QueueSort(Field.CREATED, true);
}
