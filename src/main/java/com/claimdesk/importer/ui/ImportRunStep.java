package com.claimdesk.importer.ui;

import com.claimdesk.base.ui.Notifications;
import com.claimdesk.importer.ImportJob;
import com.claimdesk.importer.ImportResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * Step 4 of the import: its progress while it runs (it can be cancelled), then the summary: how many rows were
 * created, updated, unchanged and skipped, the first skipped rows with the reason, and the full summary to download.
 */
class ImportRunStep extends VerticalLayout {

    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Span counts = new Span();
    final Button cancel = new Button();
    final Grid<ImportResult.SkippedRow> skippedGrid = new Grid<>();
    private final H3 skippedTitle = new H3();
    private final Div download = new Div();
    final Button again = new Button();
    private ImportJob job;

    /** @param again starts over with a new file */
    ImportRunStep(Runnable again) {
        progress.setId("import-progress");
        status.setId("import-status");
        counts.setId("import-counts");
        cancel.setText(getTranslation("import.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(e -> {
            if (job != null) {
                job.cancel();
                cancel.setEnabled(false);
            }
        });
        skippedGrid.setId("import-skipped");
        skippedGrid.setAllRowsVisible(true);
        skippedGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        skippedGrid.addColumn(ImportResult.SkippedRow::rowNumber).setHeader(getTranslation("import.preview.row"))
                .setAutoWidth(true).setFlexGrow(0);
        skippedGrid.addColumn(ImportResult.SkippedRow::key).setHeader(getTranslation("import.preview.key"))
                .setAutoWidth(true);
        skippedGrid.addColumn(ImportResult.SkippedRow::reason).setHeader(getTranslation("import.summary.reason"))
                .setFlexGrow(1);
        download.setId("import-download");
        this.again.setText(getTranslation("import.again"));
        this.again.setId("import-again");
        this.again.addClickListener(e -> again.run());
        setPadding(false);
        add(new H3(getTranslation("import.step.run")), status, progress, cancel, counts, download, skippedTitle,
                skippedGrid, this.again);
    }

    /** The import of {@code fileName} has started: no summary yet, only progress. */
    void started(ImportJob job, String fileName) {
        this.job = job;
        progress.setIndeterminate(false);
        progress.setValue(0);
        status.setText(getTranslation("import.running", fileName, 0));
        counts.setText("");
        download.removeAll();
        skippedTitle.setVisible(false);
        skippedGrid.setVisible(false);
        again.setVisible(false);
        cancel.setVisible(true);
        cancel.setEnabled(true);
    }

    /** Rows read so far; {@code fraction} of the file, negative when unknown. */
    void progressed(String fileName, long rows, double fraction) {
        progress.setIndeterminate(fraction < 0);
        if (fraction >= 0) {
            progress.setValue(Math.min(1.0, fraction));
        }
        status.setText(getTranslation("import.running", fileName, rows));
    }

    /** The import ended: its summary, or why it failed. */
    void finished(ImportResult result, Throwable error) {
        cancel.setVisible(false);
        again.setVisible(true);
        progress.setIndeterminate(false);
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            status.setText(getTranslation("import.failed", Notifications.describe(cause)));
            return;
        }
        progress.setValue(1.0);
        status.setText(result.cancelled() ? getTranslation("import.cancelled", result.rows())
                : getTranslation("import.done", seconds(result.took()), result.rows()));
        counts.setText(getTranslation("import.counts", result.created(), result.updated(), result.unchanged(),
                result.skipped()));
        Path summary = result.summaryFile();
        String downloadName = "import-summary-" + result.runId() + ".csv";
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                Files.newInputStream(summary), downloadName, "text/csv;charset=UTF-8", Files.size(summary))),
                getTranslation("import.download"));
        link.setId("import-download-link");
        download.add(link);
        skippedTitle.setText(getTranslation("import.skipped.title", result.firstSkipped().size()));
        skippedTitle.setVisible(!result.firstSkipped().isEmpty());
        skippedGrid.setVisible(!result.firstSkipped().isEmpty());
        skippedGrid.setItems(result.firstSkipped());
    }

    private String seconds(Duration d) {
        return String.format(getLocale(), "%.1f s", d.toMillis() / 1000.0);
    }
}
