package com.claimdesk.complaint;

import java.util.Collection;
import java.util.Set;

/**
 * A flag the queue shows on some of its cases, raised by the feature that knows (the deadline feature's "extend
 * the delivery date", for instance) without the queue depending on that feature. The queue asks once per page of
 * rows, so an implementation answers for all of them with one query, never one per case.
 */
public interface QueueFlag {

    /** Names the flag in CSS ({@code cd-flag-<name>}) and in tests; letters, digits and dashes only. */
    String name();

    /** The Vaadin icon in front of the label, e.g. {@code vaadin:calendar-clock}. */
    String icon();

    /** Message key of the short label. */
    String labelKey();

    /** Message key of the tooltip, which is also the flag's accessible name. */
    String tooltipKey();

    /** Of these cases, those that carry the flag now. */
    Set<Long> flagged(Collection<Long> complaintIds);
}
