package com.claimdesk.durability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash durability of the embedded set-up: ClaimDesk runs as a separate process (the test classpath, the real
 * {@code com.claimdesk.Application}, its embedded MariaDB, plus the test-only {@link DurabilityProbe}), four clients
 * open cases as fast as it takes them, and in the middle of that burst the process is killed with SIGKILL. After a
 * restart on the same data folder every case whose opening the application had confirmed must be there.
 * <ol>
 *   <li>Round 1 kills the JVM <em>and</em> its mariadbd at once (SIGKILL both): InnoDB crash recovery from the redo
 *   log that was flushed at each commit.</li>
 *   <li>Round 2 kills only the JVM: its mariadbd child lives on as an orphan holding the data folder; the restart
 *   must find it, stop it and start its own server ({@code EmbeddedMariaDb.stopOrphan}).</li>
 * </ol>
 * A process kill leaves the operating system's page cache intact; a power cut does not, and only
 * {@code innodb_flush_log_at_trx_commit=1} (checked here) plus a disk that honours fsync protect against that.
 * Run with {@code ./mvnw verify -Pdurability}.
 */
class DurabilityIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final int WRITERS = 4;
    /** Confirmed writes to wait for before the kill, per round. */
    private static final int WRITES_BEFORE_KILL = 120;
    private static final Pattern CASE_NUMBER = Pattern.compile("CD-\\d{4}-\\d{6}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path work = Path.of("target", "durability-" + System.currentTimeMillis()).toAbsolutePath();
    private Process app;
    private int port;
    private int starts;

    @AfterEach
    void killEverything() {
        if (app != null) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
        // an orphaned mariadbd of this test's data folder, should a round have failed half-way
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(work.toString()))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void every_confirmed_write_survives_a_kill_minus_nine() throws Exception {
        Files.createDirectories(work);
        startApp();

        Map<String, String> settings = getJson("/durability/settings");
        System.out.println("[durability] server settings: " + settings);
        assertThat(settings).containsEntry("innodb_flush_log_at_trx_commit", "1");
        assertThat(settings.get("log_bin").equals("OFF") || "1".equals(settings.get("sync_binlog")))
                .as("binary log off, or synced at every commit").isTrue();
        assertThat(settings.get("datadir")).startsWith(work.toString());

        // round 1: the JVM and its MariaDB die together
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Round first = burstAndKill("DUR-1-", confirmed, true);
        startApp();
        assertAllPresent(first, confirmed);

        // round 2: only the JVM dies; its mariadbd is left behind and the next start deals with it
        Round second = burstAndKill("DUR-2-", confirmed, false);
        assertThat(second.orphans).as("mariadbd left running by the killed JVM").isNotEmpty();
        startApp();
        assertThat(second.orphans).as("the orphan was stopped by the restart").noneMatch(ProcessHandle::isAlive);
        assertAllPresent(second, confirmed);

        // and round 1's cases are still there after the second crash
        assertThat(stored("DUR-1-")).containsAll(first.confirmed);
    }

    private record Round(String prefix, Set<String> confirmed, Set<String> unconfirmed, List<ProcessHandle> orphans,
                         long millis) {
    }

    /**
     * Writes until {@value #WRITES_BEFORE_KILL} are confirmed, then kills the process while the writers keep going.
     * A write counts as confirmed only when the answer (with its case number) arrived before the kill was sent.
     */
    private Round burstAndKill(String prefix, Set<String> allConfirmed, boolean killDatabaseToo) throws Exception {
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Set<String> unconfirmed = ConcurrentHashMap.newKeySet();
        var killed = new AtomicBoolean();
        var seq = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long started = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (!killed.get()) {
                    String tag = prefix + seq.incrementAndGet();
                    try {
                        var response = http.send(HttpRequest.newBuilder(uri("/durability/cases?tag=" + tag))
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.ofString());
                        // an answer that arrives after the kill was sent is not counted (it cannot, in fact, arrive)
                        if (response.statusCode() == 200 && CASE_NUMBER.matcher(response.body()).matches()
                                && !killed.get()) {
                            confirmed.add(tag);
                        } else {
                            unconfirmed.add(tag);
                        }
                    } catch (IOException | InterruptedException e) {
                        unconfirmed.add(tag);
                        if (killed.get()) {
                            return null;
                        }
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (confirmed.size() < WRITES_BEFORE_KILL) {
            assertThat(System.nanoTime()).as("writes confirmed in time (%d so far)", confirmed.size())
                    .isLessThan(deadline);
            assertThat(app.isAlive()).as("the application runs").isTrue();
            Thread.sleep(20);
        }
        List<ProcessHandle> databases = app.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false)).toList();
        assertThat(databases).as("the embedded mariadbd below the app's JVM").hasSize(1);
        // the flag first: from here on no answer counts as a confirmation, then SIGKILL
        killed.set(true);
        app.destroyForcibly(); // SIGKILL
        if (killDatabaseToo) {
            databases.forEach(ProcessHandle::destroyForcibly); // SIGKILL
        }
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (killDatabaseToo) {
            for (ProcessHandle db : databases) {
                db.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        allConfirmed.addAll(confirmed);
        System.out.printf("[durability] %s: %d writes confirmed, %d sent but unconfirmed, in %d ms; killed %s%n",
                prefix, confirmed.size(), unconfirmed.size(), millis,
                killDatabaseToo ? "the JVM and mariadbd (SIGKILL)" : "the JVM only (SIGKILL)");
        return new Round(prefix, Set.copyOf(confirmed), Set.copyOf(unconfirmed),
                killDatabaseToo ? List.of() : databases.stream().filter(ProcessHandle::isAlive).toList(), millis);
    }

    private void assertAllPresent(Round round, Set<String> allConfirmed) throws Exception {
        Set<String> stored = stored(round.prefix);
        var missing = round.confirmed.stream().filter(t -> !stored.contains(t)).sorted().toList();
        long unconfirmedStored = round.unconfirmed.stream().filter(stored::contains).count();
        System.out.printf("[durability] %s after restart: %d of %d confirmed present, missing %s; "
                        + "%d of %d unconfirmed were committed too%n", round.prefix,
                round.confirmed.size() - missing.size(), round.confirmed.size(), missing, unconfirmedStored,
                round.unconfirmed.size());
        assertThat(missing).as("confirmed writes lost by the crash").isEmpty();
        // nothing appears that was never sent
        assertThat(stored).allMatch(t -> round.confirmed.contains(t) || round.unconfirmed.contains(t));
        assertThat(allConfirmed).isNotEmpty();
    }

    private Set<String> stored(String prefix) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/durability/cases?prefix=" + prefix)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(response.body());
        Set<String> result = new java.util.HashSet<>();
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private Map<String, String> getJson(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]*)\"").matcher(response.body());
        var result = new java.util.LinkedHashMap<String, String>();
        while (m.find()) {
            result.put(m.group(1), m.group(2));
        }
        return result;
    }

    /**
     * Starts the application on the test classpath as a process of its own, on this test's data folder, and waits
     * until it is ready. The JVM keeps the system's temp folder: the data folder must survive wherever it lies
     * (AppAsStartedE2ETest restarts the app on one below the temp folder).
     */
    private void startApp() throws Exception {
        port = freePort();
        starts++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "com.claimdesk.Application",
                "--spring.profiles.active=" + DurabilityProbe.PROFILE,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--claimdesk.data-dir=" + work.resolve("data"),
                "--claimdesk.demo=true",
                "--claimdesk.deadlines.job-enabled=false",
                "--vaadin.launch-browser=false",
                "--spring.datasource.url="));
        Path logFile = work.resolve("app-" + starts + ".log");
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        long began = System.nanoTime();
        long deadline = began + START_TIMEOUT.toNanos();
        while (true) {
            assertThat(app.isAlive()).as("the application process runs (see %s)", logFile).isTrue();
            assertThat(System.nanoTime()).as("the application is ready within %s (see %s)", START_TIMEOUT, logFile)
                    .isLessThan(deadline);
            try {
                var response = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        System.out.printf("[durability] start %d ready in %d ms (log %s)%n", starts,
                (System.nanoTime() - began) / 1_000_000, logFile);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
