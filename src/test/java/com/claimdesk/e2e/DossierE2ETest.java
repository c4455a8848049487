package com.claimdesk.e2e;

import com.claimdesk.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent opens one of their demo cases and makes its arbitration dossier, first in English with the English UI,
 * then in Chinese with the Chinese UI: each time the file is offered for download (a PDF) and shows in the evidence
 * gallery. Screenshots: target/e2e-screenshots/dossier-*.png.
 */
class DossierE2ETest extends BrowserTest {

    @Test
    void an_agent_makes_a_dossier_in_english_and_in_chinese_and_finds_it_with_the_evidence() {
        signIn("agent");
        driver.get(url("cases?status=all&assignee=me"));
        WebElement link = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-grid a[href^='cases/CD-']")));
        String caseNumber = link.getText();
        link.click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), caseNumber));
        String english = makeDossier(caseNumber, "en", "English", "Dossier for case " + caseNumber,
                "Dossier made (", "Arbitration dossier (English)", "dossier-en");
        assertThat(english).startsWith("dossier-" + caseNumber + "-en-");

        switchLanguage("Language", "lang-zh");
        try {
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tab-evidence"), "证据"));
            String chinese = makeDossier(caseNumber, "zh", "中文", "案件 " + caseNumber + " 的申诉材料",
                    "申诉材料已生成", "仲裁申诉材料（中文）", "dossier-zh");
            assertThat(chinese).startsWith("dossier-" + caseNumber + "-zh-");
        } finally {
            // the language is the user's setting: leave it as the other journeys expect it
            switchLanguage("语言", "lang-en");
        }
    }

    /** Opens the dialog on the evidence tab, picks the language, makes the PDF; the file's name. */
    private String makeDossier(String caseNumber, String code, String languageLabel, String title, String made,
                               String caption, String screenshot) {
        click(By.id("tab-evidence"));
        click(By.id("dossier-open"));
        var dialog = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-create")));
        waitFor().until(d -> d.getPageSource().contains(title));
        click(By.xpath("//vaadin-radio-group[@id='dossier-language']/vaadin-radio-button[contains(., '"
                + languageLabel + "')]"));
        screenshot(screenshot + "-1-dialog");
        dialog.click();

        var download = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-download")));
        String fileName = download.getText();
        assertThat(fileName).startsWith("dossier-" + caseNumber + "-" + code + "-").endsWith(".pdf");
        assertThat(driver.findElement(By.id("dossier-result")).getText()).contains(made);
        // the link serves the stored PDF
        String served = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))"
                        + ".catch(e => done('failed ' + e));", download);
        assertThat(served).isEqualTo("200 application/pdf %PDF-");
        screenshot(screenshot + "-2-made");

        click(By.id("dossier-close"));
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dossier-create")));
        // the gallery names it by its caption, in the dossier's language
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-gallery"), caption));
        screenshot(screenshot + "-3-gallery");
        return fileName;
    }

    private void switchLanguage(String menu, String item) {
        click(By.id("user-menu"));
        click(By.xpath("//vaadin-menu-bar-item[contains(., '" + menu + "')]"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id(item))).click();
        waitUntilVaadinIsIdle();
    }
}
