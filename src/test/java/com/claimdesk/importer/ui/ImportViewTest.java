package com.claimdesk.importer.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.importer.ImportField;
import com.claimdesk.importer.ImportKind;
import com.claimdesk.importer.ImportResult;
import com.claimdesk.importer.RowPreview;
import com.claimdesk.order.OrderService;
import com.claimdesk.order.UpsertOutcome;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportViewTest extends KaribuTest {

    @Autowired
    OrderService orders;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    private ImportView view() {
        return _get(ImportView.class);
    }

    private void upload(String name, String content, Charset charset) {
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), name, "text/csv",
                content.getBytes(charset));
    }

    private String ordersCsv() {
        return """
                订单号,平台,下单日期,订单金额,币种,买家,国家
                W%1$s-1,速卖通,2025-03-01,10,USD,Ann,DE
                W%1$s-2,速卖通,2025-13-01,10,USD,Bob,DE
                """.formatted(run);
    }

    private ImportResult runToTheEnd() throws Exception {
        _click(_get(Button.class, s -> s.withId("import-start")));
        ImportResult result = view().job.result().get(60, TimeUnit.SECONDS);
        // the page learns of the end through UI.access, queued by the job's thread just after the result is set
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(20)).pollInSameThread().until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return !view().counts.getText().isEmpty();
                });
        return result;
    }

    @Test
    void a_lead_imports_orders_from_upload_through_mapping_and_preview_to_the_summary() throws Exception {
        login("lead");
        navigate("import");
        upload("orders.csv", ordersCsv(), StandardCharsets.UTF_8);

        ImportView view = view();
        assertThat(view.fieldOf.get("订单号").getValue()).isEqualTo(ImportField.ORDER_NUMBER);
        assertThat(view.fieldOf.get("买家").getValue()).isEqualTo(ImportField.BUYER_NAME);
        assertThat(view.fieldOf.get("订单号").getHelperText()).isEqualTo("e.g. W" + run + "-1");
        assertThat(view.fileInfo.getText()).contains("orders.csv").contains("7 columns").contains("UTF-8");

        _click(_get(Button.class, s -> s.withId("import-preview")));
        List<RowPreview> preview = view.previewGrid.getListDataView().getItems().toList();
        assertThat(preview).hasSize(2);
        assertThat(preview.get(0).intent()).isEqualTo(UpsertOutcome.CREATED);
        assertThat(preview.get(1).intent()).isNull();
        assertThat(preview.get(1).problems()).singleElement().asString().startsWith("Order date:");
        assertThat(orders.find(Marketplace.ALIEXPRESS, "W" + run + "-1")).as("a preview stores nothing").isEmpty();

        ImportResult result = runToTheEnd();
        assertThat(result.created()).isEqualTo(1);
        assertThat(view.counts.getText()).isEqualTo("Created 1, updated 0, unchanged 0, skipped 1.");
        assertThat(view.status.getText()).startsWith("Import finished in");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.skippedGrid.getListDataView().getItems().toList()).singleElement()
                .extracting(ImportResult.SkippedRow::rowNumber).isEqualTo(3L);
        assertThat(_get(Anchor.class, s -> s.withId("import-download-link")).getText())
                .isEqualTo("Download the summary (CSV)");
        assertThat(orders.find(Marketplace.ALIEXPRESS, "W" + run + "-1")).isPresent();
        var last = view.history.getListDataView().getItems().toList().getFirst();
        assertThat(last.fileName()).isEqualTo("orders.csv");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.history.getColumnByKey("outcome"), last))
                .isEqualTo("Done");
    }

    @Test
    void a_mapping_saved_for_a_source_is_applied_to_its_next_file() throws Exception {
        login("lead");
        navigate("import");
        String csv = "Ref%1$s;Datum;Summe;Kunde;Land\nV%1$s;2025-02-02;12,50;Eva;AT\n".formatted(run);
        upload("erp.csv", csv, StandardCharsets.UTF_8);
        ImportView view = view();
        TestFields.set(view.fieldOf.get("Ref" + run), ImportField.ORDER_NUMBER);
        TestFields.set(view.fieldOf.get("Datum"), ImportField.ORDER_DATE);
        TestFields.set(view.fieldOf.get("Summe"), ImportField.ORDER_VALUE);
        TestFields.set(view.fieldOf.get("Kunde"), ImportField.BUYER_NAME);
        TestFields.set(view.fieldOf.get("Land"), ImportField.BUYER_COUNTRY);
        TestFields.set(view.defaultMarketplace, Marketplace.DIRECT_B2B);
        TestFields.set(view.defaultCurrency, "EUR");
        TestFields.set(view.mappingName, "ERP " + run);
        _click(_get(Button.class, s -> s.withId("import-preview")));
        runToTheEnd();
        assertThat(orders.find(Marketplace.DIRECT_B2B, "V" + run).orElseThrow().details().getOrderValue())
                .isEqualByComparingTo("12.50");

        _click(_get(Button.class, s -> s.withId("import-again")));
        upload("erp-next.csv", csv.replace("12,50", "13,00"), StandardCharsets.UTF_8);
        assertThat(view.fileInfo.getText()).contains("The saved mapping \u201CERP " + run + "\u201D fits this file");
        assertThat(view.fieldOf.get("Summe").getValue()).isEqualTo(ImportField.ORDER_VALUE);
        assertThat(view.defaultCurrency.getValue()).isEqualTo("EUR");
        _click(_get(Button.class, s -> s.withId("import-preview")));
        assertThat(runToTheEnd().updated()).isEqualTo(1);
    }

    @Test
    void a_mapping_that_lacks_what_every_row_needs_is_explained_with_the_field_names() {
        login("lead");
        navigate("import");
        upload("orders.csv", ordersCsv(), StandardCharsets.UTF_8);
        TestFields.set(view().fieldOf.get("下单日期"), null);
        _click(_get(Button.class, s -> s.withId("import-preview")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("import-mapping-error")).getText())
                .isEqualTo("Every row needs these fields; choose a column or a default: Order date.");
    }

    @Test
    void a_gbk_file_is_detected_and_complaints_offer_a_default_sub_reason() {
        login("lead");
        UIChinese.set();
        navigate("import");
        TestFields.set(view().kind, ImportKind.COMPLAINTS);
        upload("disputes.csv", "订单号,纠纷原因,买家\n1,货物损坏,张三\n", Charset.forName("GBK"));
        ImportView view = view();
        assertThat(view.fileInfo.getText()).contains("GBK");
        assertThat(view.fieldOf).containsKeys("订单号", "纠纷原因", "买家");
        assertThat(view.fieldOf.get("纠纷原因").getValue()).isEqualTo(ImportField.SUB_REASON);
        assertThat(view.defaultSubReason.isVisible()).isTrue();
        TestFields.set(view.defaultSubReason, SubReason.DAMAGED_IN_TRANSIT);
    }

    @Test
    void a_file_that_is_no_table_is_refused_on_the_first_step() {
        login("lead");
        navigate("import");
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), "orders.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook".getBytes());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("import-file-error")).getText())
                .isEqualTo("orders.xlsx cannot be read as a CSV or XLSX file.");
    }

    @Test
    void agents_cannot_open_the_import_page() {
        login("agent");
        assertThatThrownBy(() -> navigate("import")).hasMessageContaining("Access is denied");
    }

    /** The page in Simplified Chinese, as most of the team uses it. */
    private static final class UIChinese {
        static void set() {
            com.vaadin.flow.component.UI.getCurrent().getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
        }
    }
}
