package com.claimdesk.importer;

import com.claimdesk.base.SpreadsheetCells;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of every row, written as the import goes (so it costs disk, not memory): UTF-8 with a byte order
 * mark, which Excel on a Chinese Windows needs to read UTF-8 at all. Keys and reasons repeat what the imported file
 * said, so text a spreadsheet would run as a formula is neutralised ({@link SpreadsheetCells}).
 */
final class SummaryFile implements Closeable {

    static final int SHOWN_SKIPPED = 100;

    private final Path file;
    private final CSVPrinter printer;
    private final MessagesI18NProvider messages;
    private final Locale locale;
    private final List<ImportResult.SkippedRow> firstSkipped = new ArrayList<>();
    long created;
    long updated;
    long unchanged;
    long skipped;

    SummaryFile(MessagesI18NProvider messages, Locale locale) throws IOException {
        this.messages = messages;
        this.locale = locale;
        this.file = Files.createTempFile("claimdesk-import-summary-", ".csv");
        var out = Files.newOutputStream(file);
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT);
        printer.printRecord(t("import.summary.row"), t("import.summary.key"), t("import.summary.outcome"),
                t("import.summary.reference"), t("import.summary.reason"));
    }

    void written(ParsedRow row, RowWriter.Written written) throws IOException {
        switch (written.outcome()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
        printer.printRecord(row.rowNumber(), SpreadsheetCells.text(row.key()),
                t("import.outcome." + written.outcome().name()), SpreadsheetCells.text(written.reference()), "");
    }

    void skipped(long rowNumber, String key, String reason) throws IOException {
        skipped++;
        if (firstSkipped.size() < SHOWN_SKIPPED) {
            firstSkipped.add(new ImportResult.SkippedRow(rowNumber, key, reason));
        }
        printer.printRecord(rowNumber, SpreadsheetCells.text(key), t("import.outcome.SKIPPED"), "",
                SpreadsheetCells.text(reason));
    }

    List<ImportResult.SkippedRow> firstSkipped() {
        return List.copyOf(firstSkipped);
    }

    long rows() {
        return created + updated + unchanged + skipped;
    }

    Path file() {
        return file;
    }

    private String t(String key) {
        return messages.getTranslation(key, locale);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
