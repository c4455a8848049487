package com.claimdesk.importer.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.importer.ColumnMapping;
import com.claimdesk.importer.FileEncoding;
import com.claimdesk.importer.FileInspection;
import com.claimdesk.importer.ImportField;
import com.claimdesk.importer.ImportJob;
import com.claimdesk.importer.ImportJobs;
import com.claimdesk.importer.ImportKind;
import com.claimdesk.importer.ImportRequest;
import com.claimdesk.importer.ImportResult;
import com.claimdesk.importer.ImportRunSummary;
import com.claimdesk.importer.ImportService;
import com.claimdesk.importer.RowPreview;
import com.claimdesk.security.Role;
import com.claimdesk.settings.TeamSettingsService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Importing a file in four steps on one page, each a component of its own: the file ({@link ImportFileStep}), its
 * columns ({@link ImportColumnsStep}), a preview of the first rows ({@link ImportPreviewStep}), and the import with
 * its progress and summary ({@link ImportRunStep}). This page leads from one step to the next and owns the files:
 * the upload stays in a temporary file until the import has read it or the page is left, the summary until the
 * next one or the page is left.
 */
@Route("import")
@Menu(order = 60, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Role.LEAD_ROLE)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient ImportService service;
    private final transient ImportJobs jobs;

    private final ImportFileStep fileStep;
    private final ImportColumnsStep columnsStep;
    private final ImportPreviewStep previewStep;
    private final ImportRunStep runStep;
    final Grid<ImportRunSummary> history = new Grid<>();

    // the steps' fields, as tests and the journeys reach them
    final RadioButtonGroup<ImportKind> kind;
    final Select<FileEncoding> encoding;
    final Upload upload;
    final Paragraph fileInfo;
    final ComboBox<ColumnMapping> savedMappings;
    final Map<String, ComboBox<ImportField>> fieldOf;
    final ComboBox<Marketplace> defaultMarketplace;
    final ComboBox<String> defaultCurrency;
    final ComboBox<SubReason> defaultSubReason;
    final TextField mappingName;
    final Grid<RowPreview> previewGrid;
    final ProgressBar progress;
    final Span status;
    final Span counts;
    final Button cancel;
    final Grid<ImportResult.SkippedRow> skippedGrid;
    final Button again;

    private Path file;
    private String fileName;
    private FileInspection inspection;
    private Path summaryFile;
    ImportJob job;

    ImportView(ImportService service, ImportJobs jobs, TeamSettingsService settings) {
        this.service = service;
        this.jobs = jobs;
        setMaxWidth("80em");
        fileStep = new ImportFileStep(this::fileReceived);
        columnsStep = new ImportColumnsStep(settings.currencies(), () -> show(fileStep), this::preview);
        previewStep = new ImportPreviewStep(() -> show(columnsStep), this::start);
        runStep = new ImportRunStep(this::reset);
        kind = fileStep.kind;
        encoding = fileStep.encoding;
        upload = fileStep.upload;
        fileInfo = columnsStep.fileInfo;
        savedMappings = columnsStep.savedMappings;
        fieldOf = columnsStep.fieldOf;
        defaultMarketplace = columnsStep.defaultMarketplace;
        defaultCurrency = columnsStep.defaultCurrency;
        defaultSubReason = columnsStep.defaultSubReason;
        mappingName = columnsStep.mappingName;
        previewGrid = previewStep.previewGrid;
        progress = runStep.progress;
        status = runStep.status;
        counts = runStep.counts;
        cancel = runStep.cancel;
        skippedGrid = runStep.skippedGrid;
        again = runStep.again;

        history.setId("import-history");
        history.setAllRowsVisible(true);
        history.addColumn(r -> Formats.dateTime(r.startedAt())).setHeader(getTranslation("import.history.when"))
                .setAutoWidth(true);
        history.addColumn(r -> Labels.of(r.kind())).setHeader(getTranslation("import.kind")).setAutoWidth(true);
        history.addColumn(ImportRunSummary::fileName).setHeader(getTranslation("import.history.file"))
                .setAutoWidth(true);
        history.addColumn(ImportRunSummary::startedBy).setHeader(getTranslation("import.history.by")).setAutoWidth(true);
        history.addColumn(r -> r.created() + " / " + r.updated() + " / " + r.unchanged() + " / " + r.skipped())
                .setHeader(getTranslation("import.history.counts")).setAutoWidth(true);
        // a run on another node shows here too, with the node running it (docs/decisions/141-shared-state-across-nodes.md)
        history.addColumn(r -> getTranslation("import.history.outcome." + r.outcome(), r.node() == null ? "?" : r.node()))
                .setHeader(getTranslation("import.history.outcome")).setKey("outcome").setAutoWidth(true);
        var historyTitle = new H3(getTranslation("import.history"));
        add(fileStep, columnsStep, previewStep, runStep, historyTitle, history);
        show(fileStep);
        refreshHistory();
    }

    /** Step 1 received a file: it is inspected and its columns shown. */
    private void fileReceived(Path received, String name) {
        deleteQuietly(file);
        file = received;
        fileName = name;
        ImportKind k = kind.getValue();
        Attempt.get(() -> service.inspect(file, fileName, encoding.getValue(), k), fileStep::showError)
                .ifPresent(inspected -> {
                    inspection = inspected;
                    columnsStep.show(k, fileName, inspection, service.mappings(k));
                    show(columnsStep);
                });
    }

    /** Step 2 is done: the mapping is kept if named, and the first rows previewed with it. */
    void preview() {
        ColumnMapping mapping = columnsStep.mapping();
        // a mapping the service refuses is said at the mapping; any other refusal as a notification
        Attempt.get(() -> {
            try {
                if (!mapping.name().isBlank()) {
                    service.saveMapping(mapping);
                    Notifications.success(getTranslation("import.mapping.savedOk", mapping.name()));
                }
                return service.preview(request(), getLocale());
            } catch (DomainException e) {
                columnsStep.showProblem(e);
                return null;
            }
        }).ifPresent(rows -> {
            columnsStep.clearProblem();
            previewStep.show(rows);
            show(previewStep);
        });
    }

    private ImportRequest request() {
        return new ImportRequest(file, fileName, inspection.encoding(), columnsStep.mapping());
    }

    /** Step 3 is done: the import runs in the background and reports its progress to this page. */
    void start() {
        ImportRequest request = request();
        UI ui = UI.getCurrent();
        String name = fileName;
        job = jobs.start(request, getLocale(), (rows, fraction) -> access(ui,
                () -> runStep.progressed(name, rows, fraction)));
        runStep.started(job, name);
        show(runStep);
        Path input = file;
        job.result().whenComplete((result, error) -> {
            deleteQuietly(input); // read to the end; a new import starts from a new upload
            boolean shown = access(ui, () -> finished(result, error));
            if (!shown && result != null) {
                deleteQuietly(result.summaryFile()); // nobody is left to download it
            }
        });
    }

    private void finished(ImportResult result, Throwable error) {
        refreshHistory();
        runStep.finished(result, error);
        if (error != null) {
            return;
        }
        deleteQuietly(summaryFile);
        summaryFile = result.summaryFile();
        deleteQuietly(file);
        file = null;
    }

    /** Changes the page from the import's thread; false when the page is gone. */
    private static boolean access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
            return true;
        } catch (UIDetachedException e) {
            return false;
        }
    }

    private void reset() {
        job = null;
        inspection = null;
        show(fileStep);
    }

    private void show(VerticalLayout step) {
        for (VerticalLayout s : List.of(fileStep, columnsStep, previewStep, runStep)) {
            s.setVisible(s == step);
        }
    }

    private void refreshHistory() {
        history.setItems(service.recentRuns(10));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (job != null && !job.result().isDone()) {
            return; // the running import deletes nothing it still reads; its summary is removed when it ends
        }
        deleteQuietly(file);
        deleteQuietly(summaryFile);
        file = null;
        summaryFile = null;
    }

    static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a temp file; the OS cleans its temp folder eventually
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
