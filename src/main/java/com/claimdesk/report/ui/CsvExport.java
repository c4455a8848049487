package com.claimdesk.report.ui;

import com.claimdesk.base.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A report table as CSV for Excel and friends: UTF-8 with a byte order mark (without it Excel reads the file in the
 * system's ANSI code page and garbles Chinese), the headers in the viewer's language, numbers with a dot as the
 * decimal separator and no grouping, dates as ISO {@code yyyy-MM-dd}, an empty cell for "none", text that a
 * spreadsheet would run as a formula neutralised ({@link SpreadsheetCells}). A fixed number
 * format is what a spreadsheet or script can read back whatever the locale of whoever exported it.
 */
final class CsvExport {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private CsvExport() {
    }

    static byte[] toCsv(ReportTable table) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        var format = CSVFormat.DEFAULT.builder().setHeader(table.headers().toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(CsvExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case LocalDate d -> DateTimeFormatter.ISO_LOCAL_DATE.format(d);
            // names, SKUs, carriers, categories: text that may come from buyers or imported files
            default -> SpreadsheetCells.text(value.toString());
        };
    }

    /** A file name safe on every system: the report's key and the period, ASCII only. */
    static String fileName(String reportKey, LocalDate from, LocalDate to) {
        return "claimdesk-" + reportKey.replaceAll("[^A-Za-z0-9-]", "-") + "-" + from + "-" + to + ".csv";
    }
}
