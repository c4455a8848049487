package com.claimdesk;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Journeys in a real browser (Debian's headless Chromium, nothing downloaded) against the application on a random
 * port with the embedded MariaDB and demo data. Run by {@code ./mvnw verify -Pe2e}; screenshots land in
 * target/e2e-screenshots. Dev tools are off so that no overlay covers the user menu in the top right corner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClock.Config.class)
@org.junit.jupiter.api.extension.ExtendWith(TestClock.Reset.class)
public abstract class BrowserTest {

    private static final Duration TIMEOUT = Browsers.TIMEOUT;
    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    /** A failed journey leaves a picture of where it stopped. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher screenshotOnFailure = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (driver != null) {
                screenshot("FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        driver = Browsers.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void signOutFirst() {
        signOut();
    }

    /**
     * Forgets the session. The page is left first: leaving a Vaadin page sends a beacon, and sent without a cookie it
     * would start a new session whose cookie replaces the one the next login form's CSRF token belongs to.
     */
    protected static void signOut() {
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected static WebDriverWait waitFor() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    protected void signIn(String username) {
        driver.get(url("login"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        waitUntilVaadinIsIdle();
        // typed like a user, then checked: a field the page was still rendering could lose a keystroke
        waitFor().until(d -> {
            WebElement name = d.findElement(By.cssSelector("#vaadinLoginUsername input"));
            WebElement password = d.findElement(By.cssSelector("#vaadinLoginPassword input"));
            if (!username.equals(name.getDomProperty("value"))) {
                name.clear();
                name.sendKeys(username);
            }
            if (!"demo1234".equals(password.getDomProperty("value"))) {
                password.clear();
                password.sendKeys("demo1234");
            }
            return username.equals(name.getDomProperty("value")) && "demo1234".equals(password.getDomProperty("value"));
        });
        screenshot("01-login");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        // where "/" sends them: the queue, or the user admin for an admin without a case role (HomeView)
        waitFor().until(ExpectedConditions.urlMatches(".*/(cases|admin/users)?(\\?.*)?$"));
    }

    /** Waits until the Vaadin client on the page has no request in flight (as TestBench does). */
    protected static void waitUntilVaadinIsIdle() {
        waitFor().until(d -> Boolean.TRUE.equals(js(
                "const f = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!f || !f.clients) return false;"
                        + "return Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Clicks like a user who first scrolls the element into view. */
    protected static void click(By by) {
        WebElement element = waitFor().until(ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Switches the UI language from the user menu and waits until the side navigation shows {@code navText}. */
    protected static void switchLanguage(String menuLabel, String item, String navText) {
        driver.findElement(By.id("user-menu")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., '" + menuLabel + "')]"))).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id(item))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), navText));
    }

    protected static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    protected static void screenshot(String name) {
        try {
            Path dir = Path.of("target", "e2e-screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
