package com.claimdesk.importer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Files as platforms and ERPs export them, written to temp files for a test. */
final class ImportFiles {

    private ImportFiles() {
    }

    static Path csv(String content, Charset charset) throws IOException {
        Path file = Files.createTempFile("import-test-", ".csv");
        Files.write(file, content.getBytes(charset));
        file.toFile().deleteOnExit();
        return file;
    }

    /** An XLSX workbook with one sheet; a LocalDate becomes a date cell, a Number a numeric cell. */
    static Path xlsx(List<String> headers, List<List<Object>> rows) throws IOException {
        Path file = Files.createTempFile("import-test-", ".xlsx");
        file.toFile().deleteOnExit();
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Orders");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    var cell = row.createCell(i);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
