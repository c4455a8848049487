package com.claimdesk.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * CSV through Commons CSV. The separator is the one of comma, semicolon and tab that the header line uses most
 * (European Excel writes semicolons); quoted fields may hold separators and line breaks.
 */
final class CsvTableReader extends TableReader {

    private final long size;
    private final CountingInputStream counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> headers;

    CsvTableReader(Path file, Charset charset) throws IOException {
        this.size = Math.max(1, Files.size(file));
        char delimiter = sniffDelimiter(file, charset);
        this.counted = new CountingInputStream(Files.newInputStream(file));
        // a UTF-8 byte order mark arrives as U+FEFF before the first header, which uniqueHeaders drops
        var reader = new BufferedReader(new InputStreamReader(counted, charset), 64 * 1024);
        this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(reader);
        this.records = parser.iterator();
    }

    @Override
    List<String> headers() throws IOException {
        if (headers == null) {
            try {
                headers = records.hasNext() ? uniqueHeaders(records.next().toList()) : List.of();
            } catch (UncheckedIOException e) {
                throw new UnreadableFileException("Not readable as CSV: " + e.getMessage(), e);
            }
        }
        return headers;
    }

    @Override
    void rows(RowHandler handler) throws IOException {
        headers();
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // the header is record 1, so records count as a spreadsheet numbers its rows
                if (!handler.row(record.getRecordNumber(), new ArrayList<>(record.toList()))) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException("CSV broken after record " + parser.getRecordNumber() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    double progress() {
        return Math.min(1.0, counted.getByteCount() / (double) size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the bytes read, for the progress bar; read from another thread, hence volatile. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private volatile long count;

        CountingInputStream(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long getByteCount() {
            return count;
        }
    }

    static char sniffDelimiter(Path file, Charset charset) throws IOException {
        String firstLine;
        try (var reader = Files.newBufferedReader(file, charset)) {
            char[] buffer = new char[8192];
            int n = reader.read(buffer);
            firstLine = n <= 0 ? "" : new String(buffer, 0, n).lines().findFirst().orElse("");
        } catch (java.nio.charset.MalformedInputException e) {
            firstLine = "";
        }
        char best = ',';
        long bestCount = count(firstLine, ',');
        for (char candidate : new char[]{';', '\t'}) {
            long c = count(firstLine, candidate);
            if (c > bestCount) {
                best = candidate;
                bestCount = c;
            }
        }
        return best;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
