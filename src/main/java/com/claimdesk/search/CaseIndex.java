package com.claimdesk.search;

import com.claimdesk.complaint.CaseSearchSummary;
import com.claimdesk.complaint.Cases;
import com.claimdesk.evidence.EvidenceTexts;
import com.claimdesk.review.LessonTexts;
import com.claimdesk.messaging.ThreadTexts;
import jakarta.annotation.PreDestroy;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Writes the index: one case (or a few) after a change, or all of them in a rebuild. Documents are assembled from the
 * owning modules' published reads, one query per module for a whole batch of cases. A change is committed to the
 * index before its event counts as handled, so a crash after the database's commit loses nothing: the event is
 * handed over again at the next start (docs/decisions/140-search.md).
 */
@Component
class CaseIndex {

    private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);

    private final CloseableSearchMapping mapping;
    private final SearchFolder folder;
    private final SearchProperties properties;
    private final Cases cases;
    private final ThreadTexts threads;
    private final EvidenceTexts evidence;
    private final LessonTexts lessons;
    private final Clock clock;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });

    private final Object rebuildLock = new Object();
    /** Locks by case id (striped, taken in ascending order): one case's document is read and written by one at a time. */
    private static final int STRIPES = 64;
    private final java.util.concurrent.locks.ReentrantLock[] stripes =
            java.util.stream.IntStream.range(0, STRIPES).mapToObj(i -> new java.util.concurrent.locks.ReentrantLock())
                    .toArray(java.util.concurrent.locks.ReentrantLock[]::new);
    private volatile @Nullable CompletableFuture<IndexStatus> running;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    /** Cases changed while a rebuild runs: indexed again at its end, in case the rebuild read them before the change. */
    private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    CaseIndex(CloseableSearchMapping mapping, SearchFolder folder, SearchProperties properties, Cases cases,
              ThreadTexts threads, EvidenceTexts evidence, LessonTexts lessons, Clock clock) {
        this.lessons = lessons;
        this.mapping = mapping;
        this.folder = folder;
        this.properties = properties;
        this.cases = cases;
        this.threads = threads;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Indexes the given cases as they are now, committed before it returns; a case that is gone is removed. */
    void reindex(Collection<Long> complaintIds) {
        if (complaintIds.isEmpty()) {
            return;
        }
        if (running != null) {
            changedDuringRebuild.addAll(complaintIds);
        }
        // reading and writing a case's document under the case's lock: two events of one case handled at once (the
        // case opened, its first message) must not let the one that read the older state write last
        int[] held = complaintIds.stream().mapToInt(id -> Math.floorMod(Long.hashCode(id), STRIPES)).distinct()
                .sorted().toArray();
        for (int stripe : held) {
            stripes[stripe].lock();
        }
        try {
            Map<Long, CaseDocument> docs = documents(complaintIds);
            try (SearchSession session = mapping.createSessionWithOptions()
                    .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync()).build()) {
                for (Long id : complaintIds) {
                    CaseDocument doc = docs.get(id);
                    if (doc != null) {
                        session.indexingPlan().addOrUpdate(doc);
                    } else {
                        session.indexingPlan().purge(CaseDocument.class, id, null);
                    }
                }
            }
        } finally {
            for (int i = held.length - 1; i >= 0; i--) {
                stripes[held[i]].unlock();
            }
        }
    }

    long documents() {
        try (SearchSession session = mapping.createSession()) {
            return session.search(CaseDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    IndexStatus status() {
        boolean rebuilding;
        synchronized (rebuildLock) {
            rebuilding = running != null;
        }
        return new IndexStatus(properties.backend(), documents(), cases.count(),
                properties.lucene() ? folder.sizeOnDisk() : -1, folder.state().lastRebuild(), rebuilding,
                rebuilding ? done.get() : 0, rebuilding ? total.get() : 0);
    }

    /**
     * Starts a rebuild on the index's own thread and returns at once; while one runs, asking again returns that one.
     * The index stays searchable meanwhile: documents are replaced in place, not dropped first.
     */
    CompletableFuture<IndexStatus> rebuild(RebuildProgress progress) {
        synchronized (rebuildLock) {
            if (running != null) {
                return running;
            }
            done.set(0);
            total.set(0);
            changedDuringRebuild.clear();
            CompletableFuture<IndexStatus> future = new CompletableFuture<>();
            running = future;
            rebuilder.execute(() -> {
                Throwable failure = null;
                try {
                    rebuildNow(progress);
                } catch (Throwable e) {
                    log.error("Rebuilding the search index failed; it is rebuilt again at the next start", e);
                    failure = e;
                } finally {
                    synchronized (rebuildLock) {
                        running = null;
                    }
                }
                // only now: the status a caller is handed must be that of the finished index, not "rebuilding"
                if (failure != null) {
                    future.completeExceptionally(failure);
                    return;
                }
                try {
                    future.complete(status());
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            });
            return future;
        }
    }

    private void rebuildNow(RebuildProgress progress) {
        long started = System.nanoTime();
        var before = folder.state();
        folder.write(new SearchFolder.State(CaseDocument.LAYOUT, before.lastRebuild(), true));
        long count = cases.count();
        total.set(count);
        // emptied only for documents of a layout known to be another one: a folder without notes (a new node, whose
        // index on Elasticsearch is the one the other nodes search) has its documents replaced in place
        boolean fresh = before.layout() != null && !CaseDocument.LAYOUT.equals(before.layout())
                || documents() > count;
        if (fresh) {
            // documents of another layout, or of cases no longer there: start empty (search is incomplete meanwhile)
            mapping.scope(CaseDocument.class).workspace().purge();
        }
        log.info("Rebuilding the search index: {} cases{}", count, fresh ? " (emptied first)" : "");
        progress.progress(0, count);
        long after = 0;
        // pipelined: the next batch is read from the database while the last one is being indexed (the indexing
        // runs on Hibernate Search's own threads); at most one batch is in flight
        @Nullable Batch inFlight = null;
        try {
            while (!stopping) {
                List<Long> ids = cases.idsAfter(after, properties.batchSize());
                if (ids.isEmpty()) {
                    break;
                }
                Map<Long, CaseDocument> docs = documents(ids);
                if (inFlight != null) {
                    Batch last = inFlight;
                    inFlight = null;
                    finish(last, count, progress);
                }
                inFlight = Batch.start(mapping, docs.values(), ids.size());
                after = ids.getLast();
            }
            if (inFlight != null) {
                Batch last = inFlight;
                inFlight = null;
                finish(last, count, progress);
            }
        } finally {
            if (inFlight != null) {
                inFlight.session().close();
            }
        }
        if (stopping) {
            log.info("Rebuild of the search index stopped at {} of {} cases; it goes on at the next start", done.get(),
                    total.get());
            return;
        }
        mapping.scope(CaseDocument.class).workspace().flush();
        var changed = new HashSet<>(changedDuringRebuild);
        reindex(changed);
        mapping.scope(CaseDocument.class).workspace().refresh();
        folder.write(new SearchFolder.State(CaseDocument.LAYOUT, clock.instant(), false));
        log.info("Search index rebuilt: {} cases in {} s ({} changed meanwhile, indexed again)", done.get(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), changed.size());
    }

    /**
     * At start: a rebuild that a crash cut short, an index of another layout, or an index that does not hold one
     * document per case is rebuilt in the background; the app does not wait for it.
     */
    void catchUp() {
        var state = folder.state();
        String reason = null;
        if (state.rebuilding()) {
            reason = "the last rebuild did not finish";
        } else if (!CaseDocument.LAYOUT.equals(state.layout())) {
            reason = state.layout() == null ? "there is no index yet" : "the index has another layout";
        } else {
            long docs = documents();
            long count = cases.count();
            if (docs != count) {
                reason = "the index holds " + docs + " documents for " + count + " cases";
            }
        }
        if (reason != null) {
            log.info("Search index: {}; rebuilding it in the background", reason);
            rebuild(RebuildProgress.NONE);
        } else {
            log.info("Search index holds every case");
        }
    }

    private Map<Long, CaseDocument> documents(Collection<Long> ids) {
        List<CaseSearchSummary> summaries = cases.searchSummaries(ids);
        var texts = threads.of(ids);
        var items = evidence.of(ids);
        var drawn = lessons.of(ids);
        Map<Long, CaseDocument> docs = new java.util.LinkedHashMap<>();
        for (CaseSearchSummary c : summaries) {
            docs.put(c.id(), CaseDocument.of(c, texts.getOrDefault(c.id(), List.of()),
                    items.getOrDefault(c.id(), List.of()), drawn.getOrDefault(c.id(), List.of())));
        }
        return docs;
    }

    /** Waits for a batch's documents to be written, then tells how far the rebuild got. */
    private void finish(Batch batch, long count, RebuildProgress progress) {
        try (SearchSession ignored = batch.session()) {
            batch.written().join();
        }
        long n = done.addAndGet(batch.size());
        total.set(Math.max(count, n));
        progress.progress(n, total.get());
    }

    /**
     * One batch of documents handed to the indexer, not committed (the session's default: one flush at the end, and a
     * crash meanwhile is noted in the folder's state and rebuilt at the next start).
     */
    private record Batch(SearchSession session, CompletableFuture<Void> written, int size) {

        static Batch start(CloseableSearchMapping mapping, Collection<CaseDocument> docs, int size) {
            SearchSession session = mapping.createSessionWithOptions()
                    .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async()).build();
            try {
                List<CompletableFuture<?>> writes = new ArrayList<>(docs.size());
                for (CaseDocument doc : docs) {
                    writes.add(session.indexer().addOrUpdate(doc).toCompletableFuture());
                }
                return new Batch(session, CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)), size);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        }
    }

    SearchFolder folderForTests() {
        return folder;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        rebuilder.shutdown();
        if (!rebuilder.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("The search index rebuild did not stop in time");
        }
    }
}
