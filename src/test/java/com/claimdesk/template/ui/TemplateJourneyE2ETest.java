package com.claimdesk.template.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead writes a template in a real browser: the preview fills in as they type, a misspelt placeholder is
 * named at the field, the corrected template lands in the list. Run by {@code ./mvnw verify -Pe2e}; screenshots
 * land in target/e2e-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class TemplateJourneyE2ETest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1366,900", "--lang=en-US");
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    private static void screenshot(String name) {
        try {
            Path dir = Path.of("target", "e2e-screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_lead_writes_a_template_with_the_preview_and_fixes_a_misspelt_placeholder() {
        driver.get(url("login"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("lead");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo1234");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor().until(ExpectedConditions.urlMatches(".*/(cases)?(\\?.*)?$"));

        driver.get(url("templates"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("templates-grid"),
                "Customs hold notice"));
        screenshot("templates-01-list");

        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("new-template"))).click();
        String name = "Coupon follow-up " + UUID.randomUUID().toString().substring(0, 6);
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#template-name input"))).sendKeys(name);
        var body = driver.findElement(By.cssSelector("#template-body textarea"));
        body.sendKeys("Dear {buyer.name},", Keys.ENTER, Keys.ENTER,
                "your coupon worth {coupon.value} for order {order.numbr} is ready.", Keys.ENTER, Keys.ENTER,
                "Kind regards,", Keys.ENTER, "{agent.name}");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("template-preview"), "Olivia Brown"));
        screenshot("templates-02-editor-preview");

        driver.findElement(By.id("save-template")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.id("template-body"), "invalid", "true"));
        assertThat(driver.findElement(By.id("template-body")).getDomProperty("errorMessage")).endsWith("{order.numbr}");
        screenshot("templates-03-unknown-placeholder");

        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("Dear {buyer.name}, your coupon worth {coupon.value} for order {order.number} is ready.");
        waitFor().until(d -> "false".equals(d.findElement(By.id("template-body")).getDomProperty("invalid")));
        driver.findElement(By.id("save-template")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("templates-grid"), name));
        screenshot("templates-04-saved");
    }
}
