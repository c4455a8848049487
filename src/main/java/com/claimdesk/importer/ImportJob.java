package com.claimdesk.importer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** An import running in the background: its result to come, and a way to stop it. */
public final class ImportJob {

    private final CompletableFuture<ImportResult> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public CompletableFuture<ImportResult> result() {
        return result;
    }

    /** Stops after the rows read so far are written; the result then says it was cancelled. */
    public void cancel() {
        cancelled.set(true);
    }

    boolean isCancelled() {
        return cancelled.get();
    }
}
