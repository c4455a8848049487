package com.claimdesk.importer;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first sheet of an XLSX workbook through POI's event API (SAX over the sheet's XML), never the whole workbook
 * in memory. Dates come out as ISO dates and plain numbers without Excel's rounding, so that a long order number
 * typed as a number survives and "2025/3/1" and a date cell read the same.
 */
final class XlsxTableReader extends TableReader {

    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final long lastRow;
    private List<String> headers;
    private volatile long currentRow;

    /** Thrown from inside the SAX callbacks to stop reading early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** An IOException from the row handler, carried through the SAX callbacks. */
    private static final class Carried extends RuntimeException {
        Carried(IOException cause) {
            super(cause);
        }
    }

    XlsxTableReader(Path file) throws IOException {
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableFileException("Not an XLSX workbook: " + e.getMessage(), e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg);
            this.styles = reader.getStylesTable();
            this.lastRow = readLastRow();
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw new UnreadableFileException("Damaged XLSX workbook: " + e.getMessage(), e);
        }
    }

    private InputStream firstSheet() throws IOException {
        try {
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("The workbook has no sheet", null);
            }
            return sheets.next();
        } catch (InvalidFormatException e) {
            throw new UnreadableFileException("Damaged XLSX workbook: " + e.getMessage(), e);
        }
    }

    /** The sheet's own statement of its extent, near the start of its XML; 0 when absent. */
    private long readLastRow() throws IOException {
        try (InputStream in = firstSheet()) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            Matcher m = DIMENSION.matcher(head);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }

    @Override
    List<String> headers() throws IOException {
        if (headers == null) {
            List<List<String>> first = new ArrayList<>();
            parse((rowNumber, cells) -> {
                first.add(cells);
                return false;
            }, true);
            headers = first.isEmpty() ? List.of() : uniqueHeaders(first.getFirst());
        }
        return headers;
    }

    @Override
    void rows(RowHandler handler) throws IOException {
        headers();
        parse(handler, false);
    }

    private void parse(RowHandler handler, boolean includeHeader) throws IOException {
        var contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private final List<String> cells = new ArrayList<>();
            private boolean seenHeader;

            @Override
            public void startRow(int rowNum) {
                cells.clear();
            }

            @Override
            public void endRow(int rowNum) {
                currentRow = rowNum + 1L;
                if (!seenHeader) {
                    seenHeader = true;
                    if (!includeHeader) {
                        return;
                    }
                }
                try {
                    if (!handler.row(rowNum + 1L, new ArrayList<>(cells))) {
                        throw new Stop();
                    }
                } catch (IOException e) {
                    throw new Carried(e);
                }
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
                int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value == null ? "" : value.strip());
            }
        };
        try (InputStream sheet = firstSheet()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, contents, new IsoDataFormatter(),
                    false));
            xml.parse(new InputSource(sheet));
        } catch (Stop stop) {
            // the handler had enough
        } catch (Carried carried) {
            throw (IOException) carried.getCause();
        } catch (SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableFileException("Damaged sheet after row " + currentRow + ": " + e.getMessage(), e);
        }
    }

    @Override
    double progress() {
        return lastRow <= 0 ? -1 : Math.min(1.0, currentRow / (double) lastRow);
    }

    @Override
    public void close() {
        pkg.revert(); // opened read-only: nothing to save
    }

    /** Dates as ISO text, numbers in "General" format with all their digits. */
    static final class IsoDataFormatter extends DataFormatter {

        IsoDataFormatter() {
            super(Locale.US);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : t.toLocalDate() + " " + t.toLocalTime();
            }
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
