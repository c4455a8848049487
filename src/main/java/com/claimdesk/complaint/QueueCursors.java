package com.claimdesk.complaint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cursors of one lazy grid: for each offset at which a fetched page ended, the key of the row before it.
 * The grid asks for (offset, limit); with a cursor for that offset the service seeks instead of skipping offset
 * rows. Bound to one filter and sort: another pair empties it. Small on purpose (it lives in the session), so a
 * long scroll keeps only the most recent positions; a jump to an offset without a cursor falls back to an
 * index-only skip. Not thread-safe: a Vaadin session is used by one request at a time.
 */
public final class QueueCursors {

    static final int MAX_ENTRIES = 32;

    private Object boundTo;
    private final Map<Integer, QueueCursor> byOffset = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, QueueCursor> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    QueueCursor at(QueueFilter filter, QueueSort sort, int offset) {
        return sameQuery(filter, sort) ? byOffset.get(offset) : null;
    }

    void remember(QueueFilter filter, QueueSort sort, int offset, QueueCursor cursor) {
        if (!sameQuery(filter, sort)) {
            byOffset.clear();
            boundTo = key(filter, sort);
        }
        byOffset.put(offset, cursor);
    }

    /** Forgets every position, e.g. when the grid refreshes: rows may have moved since. */
    public void clear() {
        byOffset.clear();
        boundTo = null;
    }

    int size() {
        return byOffset.size();
    }

    private boolean sameQuery(QueueFilter filter, QueueSort sort) {
        return Objects.equals(boundTo, key(filter, sort));
    }

    private static Object key(QueueFilter filter, QueueSort sort) {
        return java.util.List.of(filter, sort);
    }
}
