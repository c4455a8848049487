package com.claimdesk.security.ui;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.security.UserService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy in the browser: Chromium enforces it, and a script that runs before every page
 * collects each {@code securitypolicyviolation} and each WebSocket the page opens. The login, the queue, a case
 * page with a photo, a video and a PDF (gallery and lightbox), the reports with their ECharts canvases and the
 * Swagger UI must all work without a single violation, with push over a WebSocket. Run in development mode by
 * {@code ./mvnw verify -Pe2e}; in production mode by adding {@code -Pproduction} (README, "Signing in").
 */
class ContentSecurityPolicyE2ETest extends BrowserTest {

    private static final String COLLECTOR = """
            window.__csp = [];
            window.__sockets = [];
            document.addEventListener('securitypolicyviolation', e => window.__csp.push(
                e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            const NativeWebSocket = window.WebSocket;
            window.WebSocket = function (url, protocols) {
              const socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
              const entry = {url: String(url), open: false};
              window.__sockets.push(entry);
              socket.addEventListener('open', () => entry.open = true);
              return socket;
            };
            window.WebSocket.prototype = NativeWebSocket.prototype;
            Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
            """;

    @Autowired
    ComplaintService complaints;
    @Autowired
    EvidenceService evidence;
    @Autowired
    UserService users;
    @Autowired
    ServletContext servletContext;

    /** The browser of this class, once it has the collector (it stays for every page it opens). */
    private static Object collecting;

    @BeforeEach
    void collectViolations() {
        if (collecting != driver) {
            ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECTOR));
            collecting = driver;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) js("return window.__csp || ['collector missing']");
    }

    private static void assertNoViolations(String page) {
        assertThat(violations()).as("CSP violations on " + page).isEmpty();
    }

    private String caseWithEvidence() {
        TestUsers.login(users, "agent");
        try {
            String number = TestCases.aCase().buyer("Policy Buyer", "DE", "de").orderValue("80.00", "EUR")
                    .open(complaints);
            long id = complaints.get(number).id();
            evidence.add(id, new NewEvidence(EvidenceSource.BUYER, "photo", "box.jpg"),
                    new ByteArrayInputStream(EvidenceSamples.jpeg(800, 600)));
            evidence.add(id, new NewEvidence(EvidenceSource.BUYER, "video", "unboxing.mp4"),
                    new ByteArrayInputStream(EvidenceSamples.mp4("isom")));
            evidence.add(id, new NewEvidence(EvidenceSource.CARRIER, "inquiry", "inquiry.pdf"),
                    new ByteArrayInputStream(EvidenceSamples.pdf()));
            return number;
        } finally {
            TestUsers.logout();
        }
    }

    @Test
    void the_policy_is_in_force_and_the_collector_sees_what_it_blocks() {
        driver.get(url("login"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername")));
        String policy = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href).then(r => done(r.headers.get('content-security-policy')), e => done('' + e));""");
        assertThat(policy).contains("object-src 'none'");
        // for the record of the run
        boolean production = ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode();
        System.out.println("ContentSecurityPolicyE2ETest runs against Vaadin in "
                + (production ? "production" : "development") + " mode");
        assertNoViolations("the login page");
        driver.get(url("login?expired"));
        waitFor().until(d -> (Boolean) js("const f = document.querySelector('vaadin-login-form');"
                + " return f != null && f.error === true"));
        screenshot("33-csp-login-expired");
        assertNoViolations("the login page after an expired one");
        // a resource from another origin is refused and reported: the test would see a real violation
        js("const i = document.createElement('img'); i.src = 'https://example.com/tracker.png'; document.body.append(i);");
        waitFor().until(d -> !violations().isEmpty());
        assertThat(violations().getFirst()).contains("img-src").contains("example.com");
    }

    @Test
    void login_queue_case_evidence_and_push_work_without_violations() {
        String caseNumber = caseWithEvidence();
        signIn("agent");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-grid a[href^='cases/CD-']")));
        assertNoViolations("the login and the queue");

        driver.get(url("cases/" + caseNumber));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        click(By.id("tab-evidence"));
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cd-evidence-card"), 3));
        waitFor().until(d -> (Boolean) js("const imgs = [...document.querySelectorAll('.cd-evidence-card img')];"
                + " return imgs.length == 1 && imgs.every(i => i.complete && i.naturalWidth > 0)"));
        click(By.cssSelector(".cd-evidence-card img"));
        waitFor().until(d -> (Boolean) js("const i = document.getElementById('lightbox-image');"
                + " return i != null && i.complete && i.naturalWidth == 800"));
        click(By.id("lightbox-next"));
        waitFor().until(d -> (Boolean) js("return document.getElementById('lightbox-video') != null"
                + " || document.getElementById('lightbox-open-pdf') != null"));
        click(By.id("lightbox-next"));
        waitFor().until(d -> (Boolean) js("return document.getElementById('lightbox-video') != null"
                + " || document.getElementById('lightbox-open-pdf') != null"));
        screenshot("30-csp-case-lightbox");
        assertNoViolations("the case page, its gallery and lightbox");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sockets = (List<Map<String, Object>>) js("return window.__sockets");
        assertThat(sockets).as("push connects over a WebSocket")
                .anySatisfy(s -> assertThat(s).containsEntry("open", true)
                        .hasEntrySatisfying("url", url -> assertThat((String) url).contains("VAADIN/push")));
    }

    @Test
    void reports_draw_their_charts_without_violations() {
        signIn("lead");
        driver.manage().window().setSize(new Dimension(1400, 3000));
        driver.get(url("reports"));
        for (String card : List.of("flow", "age", "costMonth")) {
            waitFor().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#report-" + card + " .cd-chart[data-rendered] canvas")));
        }
        screenshot("31-csp-reports");
        assertNoViolations("the reports");
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void the_swagger_ui_works_for_a_signed_in_user_without_violations() {
        signIn("agent");
        driver.get(url("swagger-ui.html"));
        waitFor().until(ExpectedConditions.urlContains("swagger-ui/index.html"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        assertThat(driver.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).contains("ClaimDesk API");
        screenshot("32-csp-swagger");
        assertNoViolations("the Swagger UI");
    }
}
