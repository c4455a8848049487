package com.claimdesk.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file of rows, read one row at a time: the first row names the columns, each further row is handed to a
 * {@link RowHandler} and then forgotten, so memory does not grow with the file.
 */
abstract class TableReader implements Closeable {

    @FunctionalInterface
    interface RowHandler {
        /** @param rowNumber the row's number in the file as a spreadsheet shows it (the header is row 1) */
        boolean row(long rowNumber, List<String> cells) throws IOException;
    }

    /** The file could not be read as a table at all (not a CSV or XLSX file, or damaged). */
    static final class UnreadableFileException extends IOException {
        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static TableReader open(Path file, String fileName, Charset csvCharset) throws IOException {
        if (isXlsx(fileName)) {
            return new XlsxTableReader(file);
        }
        return new CsvTableReader(file, csvCharset);
    }

    static boolean isXlsx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Column names, made unique ("Date", "Date (2)") and never blank ("Column 3"). */
    abstract List<String> headers() throws IOException;

    /** Reads the data rows in order until the handler returns false or the file ends. */
    abstract void rows(RowHandler handler) throws IOException;

    /** How far the reading has got, 0 to 1; negative when unknown. */
    abstract double progress();

    static List<String> uniqueHeaders(List<String> raw) {
        List<String> headers = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String h = raw.get(i) == null ? "" : raw.get(i).replace("\uFEFF", "").strip();
            if (h.isEmpty()) {
                h = "Column " + (i + 1);
            }
            int n = seen.merge(h.toLowerCase(Locale.ROOT), 1, Integer::sum);
            headers.add(n == 1 ? h : h + " (" + n + ")");
        }
        return headers;
    }
}
