package com.claimdesk.importer.ui;

import com.claimdesk.BrowserTest;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.OrderService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead imports a GBK order export from Chinese Excel in a real browser: columns matched by their Chinese
 * names, preview, the import with its progress pushed to the page, the summary to download.
 */
class ImportJourneyE2ETest extends BrowserTest {

    @Autowired
    OrderService orders;
    @Autowired
    UserService users;

    @Test
    void a_lead_imports_a_gbk_order_export_and_gets_the_summary() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Path dir = Files.createTempDirectory("import-e2e");
        Path file = dir.resolve("订单导出.csv");
        Files.write(file, """
                订单编号,平台,下单时间,实付金额,币种,收货人,收货国家
                E%1$s-1,速卖通,2025/3/1 10:15:00,88.50,USD,Anna Schmidt,德国
                E%1$s-2,速卖通,2025/3/2 11:00:00,19.90,USD,张伟,中国
                E%1$s-3,速卖通,03/04/2025,5,USD,Bob,US
                """.formatted(run).getBytes(Charset.forName("GBK")));

        signIn("lead");
        driver.get(url("import"));
        WebElement upload = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-file-info"), "GBK"));
        screenshot("60-import-columns");
        click(By.id("import-preview"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-preview-grid")));
        screenshot("61-import-preview");
        click(By.id("import-start"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-counts"),
                "Created 2, updated 0, unchanged 0, skipped 1."));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-download-link")));
        screenshot("62-import-summary");

        TestUsers.login(users, "lead");
        try {
            assertThat(orders.find(Marketplace.ALIEXPRESS, "E" + run + "-2").orElseThrow().details().getBuyerName())
                    .isEqualTo("张伟");
        } finally {
            TestUsers.logout();
        }
        String href = driver.findElement(By.id("import-download-link")).getAttribute("href");
        assertThat(href).isNotBlank();
    }
}
