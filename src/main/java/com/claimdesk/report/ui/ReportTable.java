package com.claimdesk.report.ui;

import java.util.List;

/**
 * A report's numbers as the card's table and its CSV show them: translated headers and raw cell values
 * ({@code BigDecimal}, {@code Long}, {@code LocalDate}, {@code String}; {@code null} for "none"), formatted only at
 * the edge (the grid for the viewer's locale, the CSV in a fixed format).
 */
record ReportTable(List<String> headers, List<List<Object>> rows) {

    ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
