package com.claimdesk.report.ui;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    private static final ReportTable TABLE = new ReportTable(List.of("月份", "成本（USD）", "占比 %", "备注"),
            List.of(Arrays.asList(LocalDate.of(2026, 3, 1), new BigDecimal("1234567.50"), new BigDecimal("12.5"),
                            "Buyer said \"never\", then agreed"),
                    Arrays.asList(LocalDate.of(2026, 4, 1), BigDecimal.ZERO.setScale(2), null, "退款, 已和解")));

    @Test
    void the_file_starts_with_a_utf8_byte_order_mark_so_excel_reads_chinese() {
        byte[] bytes = CsvExport.toCsv(TABLE);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        // the header's first character right after the BOM, encoded as UTF-8 (月 = E6 9C 88)
        assertThat(Arrays.copyOfRange(bytes, 3, 6)).containsExactly(0xE6, 0x9C, 0x88);
    }

    @Test
    void chinese_headers_and_values_round_trip_and_numbers_use_a_dot_and_dates_iso() throws IOException {
        byte[] bytes = CsvExport.toCsv(TABLE);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records.getFirst().getParser().getHeaderNames()).containsExactly("月份", "成本（USD）", "占比 %", "备注");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("月份")).isEqualTo("2026-03-01");
        // no grouping, a dot whatever the viewer's locale
        assertThat(records.get(0).get("成本（USD）")).isEqualTo("1234567.50");
        assertThat(records.get(0).get("备注")).isEqualTo("Buyer said \"never\", then agreed");
        assertThat(records.get(1).get("占比 %")).isEmpty();
        assertThat(records.get(1).get("备注")).isEqualTo("退款, 已和解");
        assertThat(text).startsWith("月份,成本（USD）,占比 %,备注\r\n2026-03-01,1234567.50,12.5,");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_but_negative_numbers_stay_numbers()
            throws IOException {
        var table = new ReportTable(List.of("SKU", "Cost"), List.of(
                Arrays.asList("=HYPERLINK(\"http://evil.example\",\"click\")", new BigDecimal("-12.50")),
                Arrays.asList("+1-555-0100", -3),
                Arrays.asList("-SKU-7", BigDecimal.ONE),
                Arrays.asList("@SUM(A1:A2)", BigDecimal.ONE),
                Arrays.asList("\t=1+1", BigDecimal.ONE),
                Arrays.asList("LAMP-01 = fine", BigDecimal.ONE)));
        byte[] bytes = CsvExport.toCsv(table);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).extracting(r -> r.get("SKU")).containsExactly(
                "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1-555-0100", "'-SKU-7", "'@SUM(A1:A2)",
                "'\t=1+1", "LAMP-01 = fine");
        assertThat(records).extracting(r -> r.get("Cost")).containsExactly("-12.50", "-3", "1", "1", "1", "1");
    }

    @Test
    void the_file_name_is_plain_ascii_with_the_period() {
        assertThat(CsvExport.fileName("costBy", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo("claimdesk-costBy-2026-01-01-2026-03-31.csv");
    }
}
