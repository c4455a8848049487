package com.claimdesk.search;

/** Told how a rebuild advances, from the rebuild's own thread: {@code done} of {@code total} cases are indexed. */
@FunctionalInterface
public interface RebuildProgress {

    void progress(long done, long total);

    RebuildProgress NONE = (done, total) -> {
    };
}
