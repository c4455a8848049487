package com.claimdesk.evidence.ui;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence in a real browser: several files dropped at once through Vaadin's upload on the request thread, the
 * refusal of a disguised program, thumbnails served through session-bound download handlers with their headers,
 * and the lightbox with arrow keys. Run by {@code ./mvnw verify -Pe2e}.
 */
class EvidenceJourneyE2ETest extends BrowserTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    EvidenceService evidence;

    @Test
    void an_agent_drops_photos_a_pdf_and_a_disguised_program_and_browses_the_evidence() throws IOException, InterruptedException {
        TestUsers.login(users, "agent");
        long caseId = EvidenceSamples.openCase(complaints);
        TestUsers.logout();
        Path dir = Files.createTempDirectory("evidence-e2e");
        Path photo = Files.write(dir.resolve("damaged box.jpg"), EvidenceSamples.jpegWithExif(1200, 800, 1));
        Path scan = Files.write(dir.resolve("label.png"), EvidenceSamples.png(900, 600));
        Path inquiry = Files.write(dir.resolve("carrier inquiry.pdf"), EvidenceSamples.pdf());
        Path program = Files.write(dir.resolve("invoice.jpg"), EvidenceSamples.exe());

        signIn("agent");
        driver.get("http://localhost:" + port + "/test/evidence/" + caseId);

        WebElement upload = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(String.join("\n", photo.toString(), scan.toString(), inquiry.toString(), program.toString()));

        waitFor().until(d -> storedAsAgent(caseId) == 3);
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cd-evidence-card"), 3));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-errors"),
                "invoice.jpg: files of this type are not accepted"));
        waitFor().until(d -> (Boolean) js("return [...document.querySelectorAll('#evidence-gallery img')]"
                + ".every(i => i.complete && i.naturalWidth > 0) && document.querySelectorAll('#evidence-gallery img')"
                + ".length == 2"));
        screenshot("20-evidence-gallery");

        String headers = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#evidence-gallery img').src)
                    .then(r => done([r.status, r.headers.get('content-type'), r.headers.get('x-content-type-options'),
                                     r.headers.get('content-disposition')].join('|')), e => done('failed|' + e));
                """);
        assertThat(headers).startsWith("200|image/jpeg|nosniff|inline; filename=");
        // the same address without the session's cookie gets no image
        String src = (String) js("return document.querySelector('#evidence-gallery img').src");
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(src)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        System.out.println("Anonymous request for a thumbnail: HTTP " + anonymous.statusCode() + " "
                + anonymous.headers().map());
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("image/");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);

        driver.findElement(By.xpath("//div[contains(@class, 'cd-evidence-card')][contains(., 'damaged box.jpg')]"))
                .click();
        String position = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("lightbox-position")))
                .getText();
        assertThat(position).endsWith(" of 3");
        waitFor().until(d -> (Boolean) js("const i = document.getElementById('lightbox-image');"
                + " return i != null && i.complete && i.naturalWidth == 1200"));
        screenshot("21-evidence-lightbox");
        driver.switchTo().activeElement().sendKeys(position.startsWith("3") ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT);
        waitFor().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("lightbox-position"), position)));
        screenshot("22-evidence-lightbox-next");
    }

    private int storedAsAgent(long caseId) {
        TestUsers.login(users, "agent");
        try {
            return evidence.list(caseId).size();
        } finally {
            TestUsers.logout();
        }
    }
}
