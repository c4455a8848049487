package com.claimdesk.complaint;

import java.io.Serializable;
import java.util.List;

/**
 * Where a queue page ended: the sort key of its last row (the sort's columns, then the id). The next page starts
 * right after it ("seek" or keyset paging), so a page deep in a million rows costs what the first one costs.
 * Only meaningful with the filter and sort it came from. See docs/decisions/050-scale.md.
 */
public record QueueCursor(QueueSort sort, List<Object> keys, long id) implements Serializable {

    public QueueCursor {
        keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
    }
}
