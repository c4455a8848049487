package com.claimdesk.importer.ui;

import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ErrorReference;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.evidence.FileSizes;
import com.claimdesk.importer.FileEncoding;
import com.claimdesk.importer.ImportKind;
import com.claimdesk.importer.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Step 1 of the import: what the file holds, its encoding, and the file itself, received into a temporary file of
 * at most {@link ImportService#MAX_FILE_BYTES}. The page is told of a received file and owns it from then on.
 */
class ImportFileStep extends VerticalLayout {

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final EnumSelect<FileEncoding> encoding = new EnumSelect<>(FileEncoding.class);
    final Upload upload = new Upload();
    private final Div fileError = new Div();
    private final BiConsumer<Path, String> onFile;

    /** @param onFile told, under the session lock, of a received file and its name */
    ImportFileStep(BiConsumer<Path, String> onFile) {
        this.onFile = onFile;
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(ImportKind.ORDERS);
        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
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
        setPadding(false);
        add(new H3(getTranslation("import.step.file")), new HorizontalLayout(kind, encoding), upload, hint, fileError);
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
            ImportView.deleteQuietly(received);
            event.reject(problem);
            String message = problem;
            ui.access(() -> showError(message));
            return;
        }
        Path stored = received;
        String name = event.getFileName();
        ui.access(() -> {
            fileError.setVisible(false);
            onFile.accept(stored, name);
        });
    }

    void showError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
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
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
    }
}
