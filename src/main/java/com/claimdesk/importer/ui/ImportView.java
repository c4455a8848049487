package com.claimdesk.importer.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.ErrorReference;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.complaint.ui.ComplaintForm;
import com.claimdesk.evidence.FileSizes;
import com.claimdesk.importer.ColumnMapping;
import com.claimdesk.importer.FileEncoding;
import com.claimdesk.importer.FileInspection;
import com.claimdesk.importer.ImportDefaults;
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
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Importing a file in four steps on one page: choose the file (and what it holds, and its encoding), match its
 * columns to fields (a saved mapping for the source is applied by itself), look at the first rows with their
 * problems, then import with a progress bar and a summary to download. The file stays in a temporary file of this
 * page until the page is left.
 */
@Route("import")
@Menu(order = 60, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Role.LEAD_ROLE)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient ImportService service;
    private final transient ImportJobs jobs;

    // step 1
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Select<FileEncoding> encoding = new Select<>();
    final Upload upload = new Upload();
    private final Div fileError = new Div();
    // step 2
    private final VerticalLayout columnsStep = new VerticalLayout();
    final Paragraph fileInfo = new Paragraph();
    final ComboBox<ColumnMapping> savedMappings = new ComboBox<>();
    final Map<String, ComboBox<ImportField>> fieldOf = new LinkedHashMap<>();
    private final FormLayout columnList = new FormLayout();
    final ComboBox<Marketplace> defaultMarketplace = new ComboBox<>();
    final ComboBox<String> defaultCurrency = new ComboBox<>();
    final ComboBox<SubReason> defaultSubReason = new ComboBox<>();
    final TextField mappingName = new TextField();
    private final Div mappingError = new Div();
    // step 3
    private final VerticalLayout previewStep = new VerticalLayout();
    final Grid<RowPreview> previewGrid = new Grid<>();
    // step 4
    private final VerticalLayout runStep = new VerticalLayout();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Span counts = new Span();
    final Button cancel = new Button();
    final Grid<ImportResult.SkippedRow> skippedGrid = new Grid<>();
    private final H3 skippedTitle = new H3();
    private final Div download = new Div();
    final Button again = new Button();

    private final VerticalLayout fileStep = new VerticalLayout();
    final Grid<ImportRunSummary> history = new Grid<>();

    private Path file;
    private String fileName;
    private FileInspection inspection;
    private Path summaryFile;
    ImportJob job;

    ImportView(ImportService service, ImportJobs jobs) {
        this.service = service;
        this.jobs = jobs;
        setMaxWidth("80em");
        buildFileStep();
        buildColumnsStep();
        buildPreviewStep();
        buildRunStep();
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
        var historyTitle = new H3(getTranslation("import.history"));
        add(fileStep, columnsStep, previewStep, runStep, historyTitle, history);
        show(fileStep);
        refreshHistory();
    }

    // ---- step 1: the file ----

    private void buildFileStep() {
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(ImportKind.ORDERS);
        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(FileEncoding.values());
        encoding.setItemLabelGenerator(Labels::of);
        encoding.setValue(FileEncoding.AUTO);

        upload.setId("import-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, ImportService.MAX_FILE_BYTES));
        upload.setAcceptedFileExtensions(".csv", ".txt", ".xlsx");
        upload.setUploadHandler(this::receive);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        var hint = new Span(getTranslation("import.upload.hint",
                FileSizes.format(ImportService.MAX_FILE_BYTES, Formats.locale())));
        hint.addClassName("cd-hint");
        fileError.setId("import-file-error");
        fileError.addClassName("cd-form-error");
        fileError.setVisible(false);
        var title = new H3(getTranslation("import.step.file"));
        fileStep.setPadding(false);
        fileStep.add(title, new HorizontalLayout(kind, encoding), upload, hint, fileError);
    }

    /** Runs on the upload's request thread; the page is changed under the session lock. */
    void receive(UploadEvent event) {
        UI ui = event.getUI();
        Path received = null;
        String problem = null;
        try (InputStream in = event.getInputStream()) {
            received = Files.createTempFile("claimdesk-import-", suffix(event.getFileName()));
            copyAtMost(in, received, ImportService.MAX_FILE_BYTES);
        } catch (TooLarge e) {
            problem = ui.getTranslation("import.error.tooLarge",
                    FileSizes.format(ImportService.MAX_FILE_BYTES, ui.getLocale()));
        } catch (IOException e) {
            problem = ui.getTranslation("error.unexpected", ErrorReference.log(e, "Receiving an import file failed"));
        }
        if (problem != null) {
            deleteQuietly(received);
            event.reject(problem);
            String message = problem;
            ui.access(() -> showFileError(message));
            return;
        }
        Path stored = received;
        String name = event.getFileName();
        ui.access(() -> fileReceived(stored, name));
    }

    private static final class TooLarge extends IOException {
    }

    private static void copyAtMost(InputStream in, Path target, long max) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > max) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static String suffix(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
    }

    private void fileReceived(Path received, String name) {
        deleteQuietly(file);
        file = received;
        fileName = name;
        try {
            inspection = service.inspect(file, fileName, encoding.getValue(), kind.getValue());
        } catch (DomainException | AccessDeniedException e) {
            showFileError(Notifications.describe(e));
            return;
        }
        fileError.setVisible(false);
        showColumns();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    // ---- step 2: columns ----

    private void buildColumnsStep() {
        fileInfo.setId("import-file-info");
        savedMappings.setId("import-saved-mapping");
        savedMappings.setLabel(getTranslation("import.mapping.use"));
        savedMappings.setItemLabelGenerator(ColumnMapping::name);
        savedMappings.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
            }
        });
        columnList.setId("import-columns");
        columnList.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("64em", 3));

        defaultMarketplace.setId("default-marketplace");
        defaultMarketplace.setLabel(getTranslation("import.mapping.defaultMarketplace"));
        defaultMarketplace.setItems(Marketplace.values());
        defaultMarketplace.setItemLabelGenerator(Labels::of);
        defaultMarketplace.setClearButtonVisible(true);
        defaultCurrency.setId("default-currency");
        defaultCurrency.setLabel(getTranslation("import.mapping.defaultCurrency"));
        defaultCurrency.setItems(ComplaintForm.CURRENCIES);
        defaultCurrency.setClearButtonVisible(true);
        defaultSubReason.setId("default-subreason");
        defaultSubReason.setLabel(getTranslation("import.mapping.defaultSubReason"));
        defaultSubReason.setItems(SubReason.values());
        defaultSubReason.setItemLabelGenerator(s -> Labels.of(s.category()) + " – " + Labels.of(s));
        defaultSubReason.setClearButtonVisible(true);
        defaultSubReason.setWidth("24em");
        mappingName.setId("import-mapping-name");
        mappingName.setLabel(getTranslation("import.mapping.saveAs"));
        mappingName.setMaxLength(80);
        mappingName.setWidth("24em");
        mappingError.setId("import-mapping-error");
        mappingError.addClassName("cd-form-error");
        mappingError.setVisible(false);

        var back = new Button(getTranslation("import.back"), e -> show(fileStep));
        var preview = new Button(getTranslation("import.preview"), e -> preview());
        preview.setId("import-preview");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var defaultsTitle = new Span(getTranslation("import.mapping.defaults"));
        defaultsTitle.addClassName("cd-hint");
        columnsStep.setPadding(false);
        columnsStep.add(new H3(getTranslation("import.step.columns")), fileInfo, savedMappings, columnList,
                defaultsTitle, new HorizontalLayout(defaultMarketplace, defaultCurrency, defaultSubReason), mappingName,
                mappingError, new HorizontalLayout(back, preview));
    }

    private void showColumns() {
        ImportKind k = kind.getValue();
        fileInfo.setText(getTranslation("import.file.read", fileName, inspection.headers().size(),
                Labels.of(inspection.encoding())) + " " + (inspection.savedMappingName() != null
                ? getTranslation("import.mapping.saved", inspection.savedMappingName())
                : getTranslation("import.mapping.guessed")));
        savedMappings.setItems(service.mappings(k));
        savedMappings.setValue(null);
        columnList.removeAll();
        fieldOf.clear();
        List<ImportField> fields = ImportField.of(k);
        for (int i = 0; i < inspection.headers().size(); i++) {
            String header = inspection.headers().get(i);
            var field = new ComboBox<ImportField>(header);
            field.setId("map-" + i);
            field.setItems(fields);
            field.setItemLabelGenerator(Labels::of);
            field.setPlaceholder(getTranslation("import.mapping.none"));
            field.setClearButtonVisible(true);
            String example = inspection.example(i);
            if (!example.isEmpty()) {
                field.setHelperText(getTranslation("import.mapping.example",
                        example.length() > 40 ? example.substring(0, 39) + "…" : example));
            }
            fieldOf.put(header, field);
            columnList.add(field);
        }
        defaultSubReason.setVisible(k == ImportKind.COMPLAINTS);
        apply(inspection.suggested());
        mappingName.setValue(inspection.savedMappingName() == null ? "" : inspection.savedMappingName());
        mappingError.setVisible(false);
        show(columnsStep);
    }

    private void apply(ColumnMapping mapping) {
        fieldOf.forEach((header, combo) -> combo.setValue(mapping.columns().get(header)));
        ImportDefaults d = mapping.defaults();
        defaultMarketplace.setValue(d.marketplace());
        defaultCurrency.setValue(d.currency());
        defaultSubReason.setValue(kind.getValue() == ImportKind.COMPLAINTS ? d.subReason() : null);
        if (!mapping.name().isBlank()) {
            mappingName.setValue(mapping.name());
        }
    }

    ColumnMapping mapping() {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        fieldOf.forEach((header, combo) -> {
            if (combo.getValue() != null) {
                columns.put(header, combo.getValue());
            }
        });
        return new ColumnMapping(mappingName.getValue(), kind.getValue(), columns, new ImportDefaults(
                defaultMarketplace.getValue(), defaultCurrency.getValue(),
                kind.getValue() == ImportKind.COMPLAINTS ? defaultSubReason.getValue() : null));
    }

    private ImportRequest request() {
        return new ImportRequest(file, fileName, inspection.encoding(), mapping());
    }

    // ---- step 3: preview ----

    private void buildPreviewStep() {
        previewGrid.setId("import-preview-grid");
        previewGrid.setAllRowsVisible(true);
        previewGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        previewGrid.addColumn(RowPreview::rowNumber).setHeader(getTranslation("import.preview.row")).setAutoWidth(true)
                .setFlexGrow(0);
        previewGrid.addColumn(RowPreview::key).setHeader(getTranslation("import.preview.key")).setAutoWidth(true);
        previewGrid.addColumn(p -> p.intent() == null ? getTranslation("import.preview.skip") : Labels.of(p.intent())
                        + (p.reference() == null ? "" : " " + p.reference()))
                .setHeader(getTranslation("import.preview.action")).setAutoWidth(true);
        previewGrid.addColumn(p -> String.join(" ", p.problems())).setHeader(getTranslation("import.preview.problems"))
                .setFlexGrow(1);
        previewGrid.setPartNameGenerator(p -> p.intent() == null ? "cd-import-skip" : null);
        var hint = new Paragraph(getTranslation("import.preview.hint"));
        var back = new Button(getTranslation("import.back"), e -> show(columnsStep));
        var start = new Button(getTranslation("import.start"), e -> start());
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewStep.setPadding(false);
        previewStep.add(new H3(getTranslation("import.step.preview")), hint, previewGrid, new HorizontalLayout(back, start));
    }

    void preview() {
        ColumnMapping mapping = mapping();
        try {
            if (!mapping.name().isBlank()) {
                service.saveMapping(mapping);
                Notifications.success(getTranslation("import.mapping.savedOk", mapping.name()));
            }
            List<RowPreview> rows = service.preview(request(), getLocale());
            previewGrid.setItems(rows);
        } catch (DomainException e) {
            mappingError.setText(describeMappingProblem(e));
            mappingError.setVisible(true);
            return;
        } catch (AccessDeniedException e) {
            Notifications.failure(e);
            return;
        }
        mappingError.setVisible(false);
        show(previewStep);
    }

    /** Mapping problems name fields by their enum names; say them as the page labels them. */
    private String describeMappingProblem(DomainException e) {
        Object[] args = Arrays.stream(e.arguments()).map(a -> a instanceof String s && s.matches("[A-Z_,]+")
                ? Arrays.stream(s.split(",")).map(f -> getTranslation("enum.ImportField." + f))
                .collect(Collectors.joining(", ")) : a).toArray();
        return getTranslation(e.messageKey(), args);
    }

    // ---- step 4: the import ----

    private void buildRunStep() {
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
        again.setText(getTranslation("import.again"));
        again.setId("import-again");
        again.addClickListener(e -> reset());
        runStep.setPadding(false);
        runStep.add(new H3(getTranslation("import.step.run")), status, progress, cancel, counts, download, skippedTitle,
                skippedGrid, again);
    }

    void start() {
        ImportRequest request = request();
        UI ui = UI.getCurrent();
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
        show(runStep);
        job = jobs.start(request, getLocale(), (rows, fraction) -> access(ui, () -> {
            progress.setIndeterminate(fraction < 0);
            if (fraction >= 0) {
                progress.setValue(Math.min(1.0, fraction));
            }
            status.setText(getTranslation("import.running", fileName, rows));
        }));
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
        cancel.setVisible(false);
        again.setVisible(true);
        progress.setIndeterminate(false);
        refreshHistory();
        if (error != null) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            status.setText(getTranslation("import.failed", Notifications.describe(cause)));
            return;
        }
        deleteQuietly(summaryFile);
        summaryFile = result.summaryFile();
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
        deleteQuietly(file);
        file = null;
    }

    private String seconds(java.time.Duration d) {
        return String.format(getLocale(), "%.1f s", d.toMillis() / 1000.0);
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

    private static void deleteQuietly(Path path) {
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
