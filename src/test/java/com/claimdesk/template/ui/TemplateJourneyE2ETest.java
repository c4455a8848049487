package com.claimdesk.template.ui;

import com.claimdesk.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead writes a template in a real browser: the preview fills in as they type, a misspelt placeholder is
 * named at the field, the corrected template lands in the list. Run by {@code ./mvnw verify -Pe2e}; screenshots
 * land in target/e2e-screenshots.
 */
class TemplateJourneyE2ETest extends BrowserTest {

    @Test
    void a_lead_writes_a_template_with_the_preview_and_fixes_a_misspelt_placeholder() {
        signIn("lead");

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
