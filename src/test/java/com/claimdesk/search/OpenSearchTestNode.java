package com.claimdesk.search;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One OpenSearch node per test JVM, in a JVM of its own with its own classpath (OpenSearch brings Lucene 10, the app's
 * Lucene backend Lucene 9). The launcher and its classpath are built by the profile {@code opensearch-test} from
 * {@code tools/opensearch-node} (the folder comes as {@code claimdesk.opensearch-node.build}); its data goes to a
 * fresh folder under {@code claimdesk.opensearch-node.home} and is deleted when the tests are done. The node ends
 * when this JVM ends, even when it is killed: it stops when its standard input, a pipe from here, closes.
 */
final class OpenSearchTestNode {

    static final String BUILD_PROPERTY = "claimdesk.opensearch-node.build";
    static final String HOME_PROPERTY = "claimdesk.opensearch-node.home";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static Process node;
    private static Path home;
    private static Path log;
    private static String address;

    private OpenSearchTestNode() {
    }

    /**
     * Starts the node, if not started yet, and returns at once: it boots (about ten seconds) while the application
     * context starts; {@link #address()} waits for it.
     */
    static synchronized void start() {
        if (node != null) {
            return;
        }
        String build = System.getProperty(BUILD_PROPERTY);
        if (build == null) {
            throw new IllegalStateException("No OpenSearch node to start: " + BUILD_PROPERTY + " is not set. This test"
                    + " runs in the build's opensearch-test profile: ./mvnw verify, or ./mvnw test -Popensearch-test"
                    + " -Dtest=ElasticsearchBackendTest (docs/decisions/140-search.md)");
        }
        try {
            String classpath = Path.of(build, "classes") + File.pathSeparator
                    + Files.readString(Path.of(build, "classpath.txt")).strip();
            home = Path.of(System.getProperty(HOME_PROPERTY, build + "/../opensearch-node"))
                    .resolve(UUID.randomUUID().toString()).toAbsolutePath().normalize();
            Files.createDirectories(home);
            log = home.resolveSibling(home.getFileName() + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // a small, short-lived node on shared cores: the client compiler only, one GC thread
            Process started = new ProcessBuilder(List.of(java, "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                    "com.claimdesk.opensearchnode.OpenSearchNode", home.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            node = started;
            Path folder = home;
            // after Spring Boot closed the test contexts (the index may still be written to until then), like the
            // shared embedded MariaDB (TestFolders)
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> stop(started, folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the OpenSearch node from " + build
                    + " (built by the profile opensearch-test)", e);
        }
    }

    /** The node's HTTP address ({@code http://127.0.0.1:<port>}), once its cluster is green or yellow. */
    static synchronized String address() {
        if (address != null) {
            return address;
        }
        start();
        Path ready = home.resolve("http-address");
        Instant until = Instant.now().plus(START_TIMEOUT);
        try {
            while (!Files.exists(ready)) {
                if (!node.isAlive()) {
                    throw new IllegalStateException("The OpenSearch node ended at start (exit " + node.exitValue()
                            + "), see " + log + ":\n" + tail(log));
                }
                if (Instant.now().isAfter(until)) {
                    node.destroyForcibly();
                    throw new IllegalStateException("The OpenSearch node did not start within " + START_TIMEOUT
                            + ", see " + log + ":\n" + tail(log));
                }
                Thread.sleep(100);
            }
            address = Files.readString(ready, StandardCharsets.UTF_8).strip();
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Process node, Path home) {
        try {
            node.getOutputStream().close(); // the node's signal to stop
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            node.destroyForcibly();
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + home + ": " + e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
