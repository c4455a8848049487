package com.claimdesk.bench;

import com.claimdesk.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Heap per Vaadin session as users make it (issue 15, part 1): starts the production jar ({@code bench.app-jar}) on a
 * database of its own with the demo data, signs {@code bench.sessions} real headless Chromium browsers in, one session
 * each, and prints the heap used after a full GC per session in three states, each on top of the one before: signed
 * in (on the search page, empty: the lightest page of the menu), the queue (the same tab), and the queue with a case
 * page in a second tab. One session goes through all three first and stays, so that what a page's first use fills
 * once for all is not counted per session. The heap is read from the app's JVM with {@code jcmd GC.run} and
 * {@code GC.heap_info}.
 * {@code ./mvnw -Pproduction -Dembedded.db.scope=runtime package -DskipTests}, copy the jar, then
 * {@code ./mvnw verify -Pbench -Dit.test=SessionWeightBenchmark -Dbench.app-jar=/tmp/claimdesk.jar
 * [-Dbench.sessions=40]}. Asserts nothing about the figures; prints them against the targets.
 */
@EnabledIfSystemProperty(named = "bench.app-jar", matches = ".+")
class SessionWeightBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 40);
    /** A folder to write a heap dump of each state to, for finding what a session holds; none by default. */
    private static final String HEAP_DUMPS = System.getProperty("bench.heap-dumps", "");
    /** Seconds to wait before the second reading: longer than the app's server.tomcat.keep-alive-timeout. */
    private static final int REST_SECONDS = Integer.getInteger("bench.rest-seconds", 25);
    private static final double QUEUE_TARGET_KB = 250;
    private static final double QUEUE_AND_CASE_TARGET_KB = 500;
    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K");

    private final List<WebDriver> browsers = new ArrayList<>();
    private int port;

    @Test
    void heap_per_session_signed_in_on_the_queue_and_with_a_case_page() throws Exception {
        Path work = Files.createTempDirectory("claimdesk-session-weight-");
        port = freePort();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(javaBin, "-Xmx1g", "-jar",
                Path.of(System.getProperty("bench.app-jar")).toAbsolutePath().toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("CLAIMDESK_") || k.startsWith("SPRING_"));
        builder.environment().put("PORT", String.valueOf(port));
        Process app = builder.start();
        try {
            com.claimdesk.AppReadiness.await(app, port, work.resolve("app.log"), Duration.ofMinutes(4));
            // the demo's cases are indexed and its jobs have run once
            Thread.sleep(20_000);
            // one session through all three states first, kept open: what the first use of each page fills once for
            // all (templates, query plans, message bundles) is then in the baseline, not in the sessions' figures
            WebDriver first = Browsers.chromium();
            browsers.add(first);
            signIn(first, "agent");
            open(first, "search");
            open(first, "cases");
            String caseNumber = firstCaseOnTheQueue(first);
            first.switchTo().newWindow(WindowType.TAB);
            open(first, "cases/" + caseNumber);
            new WebDriverWait(first, Browsers.TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("thread-entries")));
            long[] bare = measure(app.pid(), "bare");
            List<WebDriver> measured = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                WebDriver driver = Browsers.chromium();
                browsers.add(driver);
                measured.add(driver);
                signIn(driver, "agent");
                open(driver, "search");
            }
            long[] signedIn = measure(app.pid(), "signedIn");
            for (WebDriver driver : measured) {
                open(driver, "cases");
                new WebDriverWait(driver, Browsers.TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                        By.id("queue-grid")));
            }
            long[] queue = measure(app.pid(), "queue");
            for (WebDriver driver : measured) {
                driver.switchTo().newWindow(WindowType.TAB);
                open(driver, "cases/" + caseNumber);
                new WebDriverWait(driver, Browsers.TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                        By.id("thread-entries")));
            }
            long[] both = measure(app.pid(), "both");
            print(bare, signedIn, queue, both);
        } finally {
            browsers.forEach(WebDriver::quit);
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
            app.waitFor();
            Files.copy(work.resolve("app.log"), Path.of("target", "session-weight-app.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The heap right after the pages loaded, and again {@link #REST_SECONDS} later: by then the browsers' idle
     * keep-alive connections (16 KB of buffers each, several per browser after a page load) have closed, as they do
     * between an agent's actions, and what is left is what the sessions hold (their pages and push connections).
     */
    private static long[] measure(long pid, String state) throws IOException, InterruptedException {
        long now = usedAfterGc(pid);
        Thread.sleep(REST_SECONDS * 1000L);
        long atRest = usedAfterGc(pid);
        heapDump(pid, state);
        return new long[] {now, atRest};
    }

    private void print(long[] bare, long[] signedIn, long[] queue, long[] both) {
        System.out.printf(Locale.ROOT, "%nSession weight: %d Chromium sessions on the production jar, heap used after a"
                + " full GC, %,d KB with one warm-up session before them; per session: right after the pages loaded,"
                + " and %d s later (the browsers' idle keep-alive connections closed)%n", SESSIONS, bare[1] / 1024,
                REST_SECONDS);
        line("signed in (search page, empty)", bare, signedIn, 0);
        line("queue", bare, queue, QUEUE_TARGET_KB);
        line("queue + case page in a second tab", bare, both, QUEUE_AND_CASE_TARGET_KB);
    }

    private static void line(String state, long[] bare, long[] heap, double targetKb) {
        double now = (heap[0] - bare[1]) / 1024.0 / SESSIONS;
        double atRest = (heap[1] - bare[1]) / 1024.0 / SESSIONS;
        System.out.printf(Locale.ROOT, "  %-36s %6.0f KB, at rest %6.0f KB per session%s%n", state, now, atRest,
                targetKb == 0 ? "" : "   target ≤ %.0f %s".formatted(targetKb, atRest <= targetKb ? "✔" : "✘"));
    }

    private static void heapDump(long pid, String state) throws IOException, InterruptedException {
        if (HEAP_DUMPS.isBlank()) {
            return;
        }
        Path file = Path.of(HEAP_DUMPS).toAbsolutePath().resolve("session-weight-" + state + ".hprof");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "GC.heap_dump",
                file.toString());
    }

    /** The heap the app's JVM uses right after a full collection, in bytes. */
    private static long usedAfterGc(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        // twice: what the first collection freed may hold finalisable or weakly reachable objects the second frees
        for (int i = 0; i < 2; i++) {
            run(jcmd, String.valueOf(pid), "GC.run");
        }
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        var m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("No heap figure in jcmd's answer: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }

    private String firstCaseOnTheQueue(WebDriver driver) {
        return new WebDriverWait(driver, Browsers.TIMEOUT).until(d -> {
            Object number = ((JavascriptExecutor) d).executeScript(
                    "const a = document.querySelector('#queue-grid a[href*=\"cases/\"]');"
                            + "return a ? a.getAttribute('href').replace(/.*cases\\//, '') : null;");
            return number == null ? null : number.toString();
        });
    }

    private void signIn(WebDriver driver, String username) {
        driver.get(url("login"));
        var wait = new WebDriverWait(driver, Browsers.TIMEOUT);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo1234");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(WebDriver driver, String path) {
        driver.get(url(path));
        new WebDriverWait(driver, Browsers.TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.Vaadin"
                        + " && !document.querySelector('vaadin-connection-indicator[loading]')")));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
