package com.claimdesk.importer;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.order.OrderService;
import com.claimdesk.order.UpsertOutcome;
import com.claimdesk.security.UserService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ImportServiceTest {

    @Autowired
    ImportService imports;
    @Autowired
    OrderService orders;
    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.claimdesk.base.node.NodeIdentity node;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "lead");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private ImportResult importFile(Path file, String name, FileEncoding encoding, ImportKind kind,
                                    ImportDefaults defaults, Locale locale) {
        FileInspection inspection = imports.inspect(file, name, encoding, kind);
        var mapping = new ColumnMapping("", kind, inspection.suggested().columns(), defaults);
        ImportResult result = imports.run(new ImportRequest(file, name, encoding, mapping), locale, (r, f) -> { },
                () -> false);
        result.summaryFile().toFile().deleteOnExit();
        return result;
    }

    private String ordersCsv() {
        return """
                订单号,平台,下单日期,订单金额,币种,买家,国家,运单号,买家ID
                A%1$s-1,速卖通,2025-03-01,"1,234.50",USD,Anna Schmidt,德国,LX123,de1288776655
                A%1$s-2,AliExpress,2025年3月2日,99,EUR,Jean Dupont,FR,,
                A%1$s-3,Amazon,03/04/2025,10,USD,Bob,US,,
                A%1$s-4,Ebay,2025-03-04,10,USD,Bob,US,,
                A%1$s-5,Amazon,2025-03-05,-5,USD,Bob,Narnia,,
                ,Amazon,2025-03-05,5,USD,Nobody,US,,
                A%1$s-7,Amazon,2025-03-07,7,USD,,US,,
                """.formatted(run);
    }

    @Test
    void orders_with_chinese_headers_import_valid_rows_and_skip_the_others_with_their_reasons() throws IOException {
        Path file = ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8);
        FileInspection inspection = imports.inspect(file, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS);
        assertThat(inspection.encoding()).isEqualTo(FileEncoding.UTF_8);
        assertThat(inspection.suggested().columns()).containsEntry("订单号", ImportField.ORDER_NUMBER)
                .containsEntry("平台", ImportField.MARKETPLACE).containsEntry("下单日期", ImportField.ORDER_DATE)
                .containsEntry("买家", ImportField.BUYER_NAME).containsEntry("国家", ImportField.BUYER_COUNTRY)
                .containsEntry("买家ID", ImportField.BUYER_ACCOUNT);

        ImportResult result = importFile(file, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS,
                ImportDefaults.NONE, Locale.ENGLISH);

        assertThat(result.rows()).isEqualTo(7);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(5);
        var first = orders.find(Marketplace.ALIEXPRESS, "A" + run + "-1").orElseThrow().details();
        assertThat(first.getOrderValue()).isEqualByComparingTo("1234.50");
        assertThat(first.getBuyerCountry()).isEqualTo("DE");
        assertThat(first.getTrackingNumber()).isEqualTo("LX123");
        assertThat(first.getBuyer().buyerAccount()).isEqualTo("de1288776655");
        assertThat(orders.find(Marketplace.ALIEXPRESS, "A" + run + "-2").orElseThrow().details().getOrderDate())
                .isEqualTo(LocalDate.of(2025, 3, 2));
        Map<Long, String> reasons = reasons(result);
        assertThat(reasons.get(4L)).contains("day first or month first");
        assertThat(reasons.get(5L)).contains("Ebay").contains("not a marketplace");
        assertThat(reasons.get(6L)).contains("Order value: Amounts cannot be negative.")
                .contains("Buyer country:").contains("Narnia").doesNotContain("Buyer country: Required");
        assertThat(reasons.get(7L)).contains("Order number: Required.");
        assertThat(reasons.get(8L)).contains("Buyer name: Required.");
    }

    @Test
    void importing_the_same_file_again_updates_nothing_and_doubles_nothing() throws IOException {
        Path file = ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8);
        importFile(file, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS, ImportDefaults.NONE, Locale.ENGLISH);
        ImportResult again = importFile(file, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS,
                ImportDefaults.NONE, Locale.ENGLISH);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM imported_order WHERE order_number LIKE ?",
                Integer.class, "A" + run + "-%")).isEqualTo(2);

        Path changed = ImportFiles.csv(ordersCsv().replace("\"1,234.50\"", "1300"), StandardCharsets.UTF_8);
        ImportResult third = importFile(changed, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS,
                ImportDefaults.NONE, Locale.ENGLISH);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(orders.find(Marketplace.ALIEXPRESS, "A" + run + "-1").orElseThrow().details().getOrderValue())
                .isEqualByComparingTo("1300");
    }

    @Test
    void a_gbk_file_from_chinese_excel_is_detected_and_read_without_mojibake() throws IOException {
        String csv = """
                订单编号;下单时间;实付金额;币种;收货人;收货国家;商品名称
                G%1$s-1;2025/3/1 10:15:00;88,50;人民币;张伟;中国;蓝牙耳机（黑色）
                """.formatted(run);
        Path file = ImportFiles.csv(csv, java.nio.charset.Charset.forName("GBK"));
        FileInspection inspection = imports.inspect(file, "erp.csv", FileEncoding.AUTO, ImportKind.ORDERS);
        assertThat(inspection.encoding()).isEqualTo(FileEncoding.GBK);
        assertThat(inspection.headers()).contains("订单编号", "收货人");

        ImportResult result = importFile(file, "erp.csv", FileEncoding.AUTO, ImportKind.ORDERS,
                new ImportDefaults(Marketplace.DIRECT_B2B, null, null), Locale.SIMPLIFIED_CHINESE);

        assertThat(result.created()).as(reasons(result).toString()).isEqualTo(1);
        var order = orders.find(Marketplace.DIRECT_B2B, "G" + run + "-1").orElseThrow().details();
        assertThat(order.getBuyerName()).isEqualTo("张伟");
        assertThat(order.getOrderItems()).isEqualTo("蓝牙耳机（黑色）");
        assertThat(order.getCurrency()).isEqualTo("CNY");
        assertThat(order.getOrderValue()).isEqualByComparingTo("88.50");
        assertThat(order.getBuyerCountry()).isEqualTo("CN");
    }

    @Test
    void the_same_gbk_file_read_as_utf8_by_choice_is_garbled_so_the_choice_matters() throws IOException {
        Path file = ImportFiles.csv("订单编号,收货人\nX,张伟\n", java.nio.charset.Charset.forName("GBK"));
        FileInspection asUtf8 = imports.inspect(file, "erp.csv", FileEncoding.UTF_8, ImportKind.ORDERS);
        assertThat(asUtf8.headers()).doesNotContain("订单编号");
        FileInspection asGbk = imports.inspect(file, "erp.csv", FileEncoding.GBK, ImportKind.ORDERS);
        assertThat(asGbk.headers()).containsExactly("订单编号", "收货人");
    }

    @Test
    void an_xlsx_export_with_date_cells_and_long_numeric_order_numbers_is_read_from_the_stream() throws IOException {
        Path file = ImportFiles.xlsx(List.of("Order No.", "Order Date", "Total", "Currency", "Buyer", "Country"),
                List.of(List.of(81234567890123L, LocalDate.of(2025, 2, 14), 45.5, "usd", "Maria Rossi", "Italy"),
                        List.of("X" + run, "yesterday", 1, "USD", "Luigi", "IT")));
        ImportResult result = importFile(file, "orders.xlsx", FileEncoding.AUTO, ImportKind.ORDERS,
                new ImportDefaults(Marketplace.AMAZON, null, null), Locale.ENGLISH);
        assertThat(result.created()).as(reasons(result).toString()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(reasons(result).get(3L)).contains("Order date").contains("yesterday");
        var order = orders.find(Marketplace.AMAZON, "81234567890123").orElseThrow().details();
        assertThat(order.getOrderDate()).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(order.getOrderValue()).isEqualByComparingTo("45.5");
        assertThat(order.getBuyerCountry()).isEqualTo("IT");
        jdbc.update("DELETE FROM imported_order WHERE order_number = '81234567890123'");
    }

    @Test
    void complaints_for_known_orders_start_from_the_order_and_a_reimport_updates_the_same_case() throws IOException {
        importFile(ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8), "orders.csv", FileEncoding.AUTO,
                ImportKind.ORDERS, ImportDefaults.NONE, Locale.ENGLISH);
        String disputes = """
                Order ID,Dispute ID,Reason,Refund amount,Description
                A%1$s-1,,,30,Box arrived crushed
                A%1$s-2,D%1$s-9,Wrong model,200,Wrong colour
                A%1$s-7,,Item not received overdue,10,Unknown order and no reason we know
                """.formatted(run);
        Path file = ImportFiles.csv(disputes, StandardCharsets.UTF_8);
        var defaults = new ImportDefaults(Marketplace.ALIEXPRESS, null, SubReason.DAMAGED_IN_TRANSIT);

        ImportResult first = importFile(file, "disputes.csv", FileEncoding.AUTO, ImportKind.COMPLAINTS, defaults,
                Locale.ENGLISH);
        assertThat(first.created()).as(reasons(first).toString()).isEqualTo(2);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(reasons(first).get(4L)).contains("Sub-reason").contains("Item not received overdue")
                .as("an unknown order has no order facts, and the file gave none").contains("Order date: Required.");

        var cases = complaints.casesForOrder(Marketplace.ALIEXPRESS, "A" + run + "-1");
        assertThat(cases).hasSize(1);
        var details = complaints.get(cases.getFirst().caseNumber()).details();
        assertThat(details.getBuyerName()).isEqualTo("Anna Schmidt");
        assertThat(details.getOrderValue()).isEqualByComparingTo("1234.50");
        assertThat(details.getTrackingNumber()).isEqualTo("LX123");
        assertThat(details.getSubReason()).isEqualTo(SubReason.DAMAGED_IN_TRANSIT);
        assertThat(details.getClaimedAmount()).isEqualByComparingTo("30");
        assertThat(details.getSummary()).isEqualTo("Box arrived crushed");
        assertThat(complaints.casesForOrder(Marketplace.ALIEXPRESS, "A" + run + "-2").getFirst().subReason())
                .isEqualTo(SubReason.WRONG_MODEL);

        ImportResult again = importFile(file, "disputes.csv", FileEncoding.AUTO, ImportKind.COMPLAINTS, defaults,
                Locale.ENGLISH);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        String later = """
                Order ID,Dispute ID,Reason,Refund amount,Description
                A%1$s-1,D%1$s-10,,40,Buyer opened a dispute about the crushed box
                A%1$s-2,D%1$s-11,In transit past normal time,15,A second dispute on the same order
                """.formatted(run);
        ImportResult third = importFile(ImportFiles.csv(later, StandardCharsets.UTF_8), "disputes2.csv",
                FileEncoding.AUTO, ImportKind.COMPLAINTS, defaults, Locale.ENGLISH);
        assertThat(third.updated()).as("the complaint that became a dispute is the same case").isEqualTo(1);
        assertThat(third.created()).as("a second dispute about an order is a case of its own").isEqualTo(1);
        assertThat(complaints.casesForOrder(Marketplace.ALIEXPRESS, "A" + run + "-1")).hasSize(1);
        assertThat(complaints.get(cases.getFirst().caseNumber()).details().getClaimedAmount())
                .isEqualByComparingTo("40");
        assertThat(complaints.casesForOrder(Marketplace.ALIEXPRESS, "A" + run + "-2")).hasSize(2);
    }

    @Test
    void a_row_that_fails_while_written_is_skipped_without_a_half_case_and_the_other_rows_of_its_batch_are_kept()
            throws IOException {
        // the case is inserted, then remembering its key fails: the row's transaction must take the case back too
        jdbc.execute("CREATE TRIGGER import_test_fail BEFORE INSERT ON complaint_import_key FOR EACH ROW "
                + "IF NEW.key_value = 'F" + run + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test'; END IF");
        try {
            String csv = """
                    Marketplace,Order number,Order date,Order value,Buyer,Country,Sub-reason
                    Amazon,K%1$s-1,2025-01-02,10,Ann,US,Damaged in transit
                    Amazon,F%1$s,2025-01-02,10,Ben,US,Damaged in transit
                    Amazon,K%1$s-3,2025-01-02,10,Cid,US,Damaged in transit
                    """.formatted(run);
            ImportResult result = importFile(ImportFiles.csv(csv, StandardCharsets.UTF_8), "c.csv", FileEncoding.AUTO,
                    ImportKind.COMPLAINTS, new ImportDefaults(null, "USD", null), Locale.ENGLISH);
            assertThat(result.created()).isEqualTo(2);
            assertThat(result.skipped()).isEqualTo(1);
            assertThat(reasons(result).get(3L)).contains("Something went wrong").contains("ERR-");
            assertThat(complaints.casesForOrder(Marketplace.AMAZON, "F" + run)).isEmpty();
            assertThat(complaints.casesForOrder(Marketplace.AMAZON, "K" + run + "-1")).hasSize(1);
            assertThat(complaints.casesForOrder(Marketplace.AMAZON, "K" + run + "-3")).hasSize(1);
        } finally {
            jdbc.execute("DROP TRIGGER import_test_fail");
        }
    }

    @Test
    void the_summary_lists_every_row_with_its_outcome_in_the_users_language() throws IOException {
        ImportResult result = importFile(ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8), "orders.csv",
                FileEncoding.AUTO, ImportKind.ORDERS, ImportDefaults.NONE, Locale.SIMPLIFIED_CHINESE);
        List<String> lines = Files.readAllLines(result.summaryFile(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("\uFEFF行,键,结果");
        assertThat(lines).hasSize(8);
        assertThat(lines.get(1)).contains("已新建");
        assertThat(String.join("\n", lines)).contains("已跳过").contains("“Ebay”不是 ClaimDesk 认识的平台");
    }

    @Test
    void summary_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() throws IOException {
        String csv = """
                订单号,平台,下单日期,订单金额,币种,买家,国家,运单号
                "=HYPERLINK(""http://evil.example"",""%1$s"")",Amazon,2025-03-01,10,USD,Bob,US,
                @%1$s-2,Ebay,2025-03-02,10,USD,Bob,US,
                =1+%1$s,Ebay,2025-03-02,10,USD,Bob,US,
                """.formatted(run);
        ImportResult result = importFile(ImportFiles.csv(csv, StandardCharsets.UTF_8), "orders.csv",
                FileEncoding.AUTO, ImportKind.ORDERS, ImportDefaults.NONE, Locale.ENGLISH);
        String text = Files.readString(result.summaryFile(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
        assertThat(records).hasSize(4);
        // a skipped row's key is the order number as the file wrote it
        assertThat(records.get(2).get(1)).isEqualTo("'@" + run + "-2");
        assertThat(records.get(3).get(1)).isEqualTo("'=1+" + run);
        assertThat(records).allSatisfy(r -> r.forEach(cell ->
                assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("@")
                        .doesNotStartWith("+")));
    }

    /** The orders file of {@link #ordersCsv} as uploaded, with the columns the inspection suggests. */
    private ImportRequest ordersRequest() throws IOException {
        Path file = ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8);
        FileInspection inspection = imports.inspect(file, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS);
        return new ImportRequest(file, "orders.csv", FileEncoding.AUTO,
                new ColumnMapping("", ImportKind.ORDERS, inspection.suggested().columns(), ImportDefaults.NONE));
    }

    @Test
    void the_same_file_cannot_run_twice_at_once_and_runs_again_once_the_first_import_ended() throws Exception {
        var request = ordersRequest();
        var lead = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var running = new java.util.concurrent.CountDownLatch(1);
        var letFinish = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            context.setAuthentication(lead);
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            try {
                return imports.run(request, Locale.ENGLISH, (rows, fraction) -> {
                    running.countDown();
                    try {
                        letFinish.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, () -> false);
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
        try {
            assertThat(running.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> imports.run(request, Locale.ENGLISH, (r, f) -> { }, () -> false))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("import.error.alreadyRunning");
                        assertThat(e.arguments()).containsExactly("orders.csv",
                                com.claimdesk.security.CurrentUser.require().displayName(), node.name());
                    });
        } finally {
            letFinish.countDown();
        }
        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).created()).isPositive();
        ImportResult again = imports.run(request, Locale.ENGLISH, (r, f) -> { }, () -> false);
        again.summaryFile().toFile().deleteOnExit();
        assertThat(again.created()).isZero();
    }

    @Test
    void preview_shows_what_each_row_would_do_and_stores_nothing() throws IOException {
        var request = ordersRequest();
        List<RowPreview> preview = imports.preview(request, Locale.ENGLISH);
        assertThat(preview).hasSize(7);
        assertThat(preview.getFirst().intent()).isEqualTo(UpsertOutcome.CREATED);
        assertThat(preview.get(2).intent()).isNull();
        assertThat(preview.get(2).problems()).isNotEmpty();
        assertThat(orders.find(Marketplace.ALIEXPRESS, "A" + run + "-1")).isEmpty();
    }

    @Test
    void a_mapping_without_the_fields_every_row_needs_is_refused_before_reading() throws IOException {
        Path file = ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8);
        var mapping = new ColumnMapping("", ImportKind.ORDERS, Map.of("订单号", ImportField.ORDER_NUMBER),
                ImportDefaults.NONE);
        assertThatThrownBy(() -> imports.preview(new ImportRequest(file, "o.csv", FileEncoding.AUTO, mapping),
                Locale.ENGLISH)).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("import.mapping.missing");
        var twice = new ColumnMapping("", ImportKind.ORDERS, Map.of("订单号", ImportField.ORDER_NUMBER,
                "运单号", ImportField.ORDER_NUMBER), ImportDefaults.NONE);
        assertThatThrownBy(() -> imports.preview(new ImportRequest(file, "o.csv", FileEncoding.AUTO, twice),
                Locale.ENGLISH)).extracting("messageKey").isEqualTo("import.mapping.duplicate");
    }

    @Test
    void a_saved_mapping_is_suggested_for_the_next_file_with_the_same_columns() throws IOException {
        Path file = ImportFiles.csv("Ref " + run + ",When,Sum,Who,Land\nR1,2025-01-01,5,Al,US\n",
                StandardCharsets.UTF_8);
        var mapping = new ColumnMapping("ERP " + run, ImportKind.ORDERS, Map.of("Ref " + run, ImportField.ORDER_NUMBER,
                "When", ImportField.ORDER_DATE, "Sum", ImportField.ORDER_VALUE, "Who", ImportField.BUYER_NAME,
                "Land", ImportField.BUYER_COUNTRY), new ImportDefaults(Marketplace.DIRECT_B2B, "EUR", null));
        imports.saveMapping(mapping);

        FileInspection next = imports.inspect(file, "next.csv", FileEncoding.AUTO, ImportKind.ORDERS);
        assertThat(next.savedMappingName()).isEqualTo("ERP " + run);
        assertThat(next.suggested().columns()).isEqualTo(mapping.columns());
        assertThat(next.suggested().defaults()).isEqualTo(mapping.defaults());
        imports.deleteMapping(ImportKind.ORDERS, "ERP " + run);
    }

    @Test
    void an_agent_cannot_import() throws IOException {
        TestUsers.login(users, "agent");
        Path file = ImportFiles.csv(ordersCsv(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.inspect(file, "orders.csv", FileEncoding.AUTO, ImportKind.ORDERS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_that_is_no_table_is_refused_with_a_reason() throws IOException {
        Path file = Files.createTempFile("import-test-", ".xlsx");
        Files.writeString(file, "this is not a workbook");
        assertThatThrownBy(() -> imports.inspect(file, "fake.xlsx", FileEncoding.AUTO, ImportKind.ORDERS))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.error.unreadable");
        Files.delete(file);
    }

    private static Map<Long, String> reasons(ImportResult result) {
        var map = new java.util.TreeMap<Long, String>();
        result.firstSkipped().forEach(s -> map.put(s.rowNumber(), s.reason()));
        return map;
    }

    @SuppressWarnings("unused")
    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }
}
