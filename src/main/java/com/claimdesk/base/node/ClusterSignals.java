package com.claimdesk.base.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Signals from this node to the other nodes on the same database (table {@code node_signal}): a feature publishes a
 * topic and a short text, and the handlers subscribed to that topic on every other node receive it within about
 * {@code claimdesk.cluster.poll-every} (1 s). Not a queue: a node that is down misses what was said meanwhile, so a
 * signal only says "look again" about state that is kept elsewhere (in the database). A single node reads nothing
 * but its own signals' absence. See docs/decisions/141-shared-state-across-nodes.md.
 * <p>
 * Every poll reads the signals of the last {@link #WINDOW} in database time and handles those it has not seen in
 * the previous poll: an auto-increment id is not a safe cursor, since two inserts may commit in the other order.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Duration KEEP = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Duration every;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final Map<Runnable, Duration> repeated = new java.util.LinkedHashMap<>();
    private Set<Long> seen = Set.of();
    private long polls;
    private boolean failing;
    private volatile ScheduledExecutorService poller;

    ClusterSignals(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   @Value("${claimdesk.cluster.poll-every:1s}") Duration every) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // also when published after another transaction's commit, where its connection is still bound
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.every = every;
    }

    /** This running application (a new id at every start), told apart from the others on the same database. */
    public String instance() {
        return instance;
    }

    /** Tells the other nodes; committed at once, whatever transaction the caller is in. */
    public void publish(String topic, String payload) {
        ownTransaction.executeWithoutResult(s -> jdbc.update(
                "INSERT INTO node_signal (origin, topic, payload, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(3))",
                instance, topic, payload));
    }

    /** {@code handler} runs on the signals' own thread for each signal of {@code topic} from another node. */
    public void subscribe(String topic, Consumer<String> handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Runs {@code task} every {@code interval} on the signals' thread while the application runs. */
    public synchronized void repeat(Duration interval, Runnable task) {
        repeated.put(task, interval);
        ScheduledExecutorService running = poller;
        if (running != null) {
            schedule(running, interval, task);
        }
    }

    private void schedule(ScheduledExecutorService executor, Duration interval, Runnable task) {
        executor.scheduleWithFixedDelay(() -> guarded(task), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    synchronized void poll() {
        record Signal(long id, String topic, String payload) {
        }
        List<Signal> recent = jdbc.query("SELECT id, topic, payload FROM node_signal WHERE origin <> ?"
                        + " AND created_at >= UTC_TIMESTAMP(3) - INTERVAL ? SECOND ORDER BY id",
                (rs, i) -> new Signal(rs.getLong(1), rs.getString(2), rs.getString(3)), instance, WINDOW.toSeconds());
        Set<Long> now = new HashSet<>();
        for (Signal s : recent) {
            now.add(s.id());
            if (!seen.contains(s.id())) {
                for (Consumer<String> handler : handlers.getOrDefault(s.topic(), List.of())) {
                    guarded(() -> handler.accept(s.payload()));
                }
            }
        }
        seen = now;
        if (++polls % 60 == 0) {
            jdbc.update("DELETE FROM node_signal WHERE created_at < UTC_TIMESTAMP(3) - INTERVAL ? SECOND",
                    KEEP.toSeconds());
        }
    }

    private void guarded(Runnable task) {
        try {
            task.run();
            if (failing) {
                failing = false;
                log.info("Signals between nodes work again");
            }
        } catch (RuntimeException e) {
            // said once per streak: a database that is away for a minute must not fill the log
            if (!failing) {
                failing = true;
                log.warn("Signals between nodes failed (retrying): {}", e.toString());
            }
        }
    }

    @Override
    public synchronized void start() {
        // what was said before this node started is not for it
        seen = new HashSet<>(jdbc.queryForList("SELECT id FROM node_signal WHERE created_at >= UTC_TIMESTAMP(3)"
                + " - INTERVAL ? SECOND", Long.class, WINDOW.toSeconds()));
        var executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cluster-signals");
            t.setDaemon(true);
            return t;
        });
        schedule(executor, every, this::poll);
        repeated.forEach((task, interval) -> schedule(executor, interval, task));
        poller = executor;
    }

    /** Not synchronized: a poll waiting for a database that went away must not hold up the shutdown. */
    @Override
    public void stop() {
        ScheduledExecutorService running = poller;
        poller = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    /** Started early (before the web server takes requests), stopped late (after it stopped taking them). */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }
}
