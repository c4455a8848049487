package com.claimdesk.report.ui;

import com.claimdesk.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * One report on the dashboard: title, a progress bar while it loads, the chart, its numbers as a table (the
 * "Table" button, or a click on the chart) and a CSV download of exactly those numbers.
 */
class ReportCard extends Div {

    private final String key;
    private final Span note = new Span();
    private final Span error = new Span();
    private final ProgressBar progress = new ProgressBar();
    final EChart chart = new EChart();
    final Grid<List<Object>> grid = new Grid<>();
    final Button tableToggle;
    final Anchor csv;
    private final Div actions = new Div();
    // read by the download request, which runs outside the UI lock
    private volatile ReportTable table;
    private volatile LocalDate from;
    private volatile LocalDate to;
    private int token;

    ReportCard(String key, String title) {
        this.key = key;
        setId("report-" + key);
        addClassName("cd-report-card");

        var heading = new H3(title);
        heading.addClassName("cd-report-title");
        tableToggle = new Button(getTranslation("report.table"), VaadinIcon.TABLE.create(),
                e -> setTableVisible(!grid.isVisible()));
        tableToggle.setId("report-" + key + "-table");
        tableToggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        csv = new Anchor(DownloadHandler.fromInputStream(e -> download()), AttachmentType.DOWNLOAD, "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("report.csv")));
        csv.setId("report-" + key + "-csv");
        csv.addClassName("cd-report-csv");
        actions.addClassName("cd-report-actions");
        actions.add(tableToggle, csv);
        var header = new Div(heading, actions);
        header.addClassName("cd-report-header");

        note.addClassName("cd-report-note");
        error.addClassName("cd-report-error");
        progress.setIndeterminate(true);
        progress.setId("report-" + key + "-progress");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        chart.getElement().addEventListener("chart-click", e -> setTableVisible(true));
        add(header, note, progress, error, chart, grid);
        loading(null, null);
    }

    /** Adds a control next to the title (the cost card's "by" selector). */
    void addControl(Component control) {
        actions.addComponentAsFirst(control);
    }

    /** Shows the progress bar; returns the token that {@link #isCurrent} accepts until the next call. */
    int loading(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        this.table = null;
        progress.setVisible(true);
        error.setVisible(false);
        tableToggle.setEnabled(false);
        csv.setEnabled(false);
        chart.getElement().setAttribute("aria-busy", "true");
        return ++token;
    }

    boolean isCurrent(int loadToken) {
        return loadToken == token;
    }

    void show(ReportRendering.Rendered rendered) {
        this.table = rendered.table();
        progress.setVisible(false);
        note.setText(rendered.note() == null ? "" : rendered.note());
        note.setVisible(rendered.note() != null);
        chart.setOption(rendered.chartJson());
        chart.getElement().removeAttribute("aria-busy");
        fillGrid(rendered.table());
        tableToggle.setEnabled(true);
        csv.setEnabled(true);
    }

    void failed(String message) {
        progress.setVisible(false);
        error.setText(message);
        error.setVisible(true);
        chart.getElement().removeAttribute("aria-busy");
    }

    boolean isLoading() {
        return progress.isVisible();
    }

    ReportTable table() {
        return table;
    }

    void setTableVisible(boolean visible) {
        grid.setVisible(visible && table != null);
        tableToggle.getElement().setAttribute("aria-pressed", String.valueOf(grid.isVisible()));
    }

    private void fillGrid(ReportTable t) {
        grid.removeAllColumns();
        for (int i = 0; i < t.headers().size(); i++) {
            int column = i;
            boolean numeric = t.rows().stream().map(r -> r.get(column))
                    .anyMatch(v -> v instanceof Number);
            var c = grid.addColumn(row -> format(row.get(column))).setHeader(t.headers().get(i))
                    .setAutoWidth(true).setResizable(true);
            if (numeric) {
                c.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setItems(t.rows());
    }

    private static String format(Object value) {
        return switch (value) {
            case null -> "–";
            case BigDecimal d -> Formats.number(d);
            case Long n -> NumberFormat.getIntegerInstance(Formats.locale()).format(n);
            case LocalDate d -> Formats.date(d);
            default -> value.toString();
        };
    }

    DownloadResponse download() {
        ReportTable current = table;
        if (current == null) {
            return DownloadResponse.error(409, "Report still loading");
        }
        byte[] bytes = CsvExport.toCsv(current);
        return new DownloadResponse(new ByteArrayInputStream(bytes), CsvExport.fileName(key, from, to),
                CsvExport.CONTENT_TYPE, bytes.length);
    }
}
