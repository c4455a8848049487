package com.claimdesk.evidence.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ErrorReference;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.evidence.EvidenceKind;
import com.claimdesk.evidence.EvidenceProperties;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.FileSizes;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The evidence of one case, for the case page to embed: an upload area (several files at once, each with its
 * progress; the source and caption chosen above apply to the files added next), a message for every refused file
 * saying why, and a gallery that opens a lightbox. Needs no {@code @Push}: the result of an upload is applied with
 * {@code UI.access} and reaches the browser with the upload's own completion round trip.
 */
public class EvidencePanel extends VerticalLayout {

    /** Files one drop may hold; more are refused in the browser with the upload's "too many files" text. */
    static final int MAX_FILES_PER_BATCH = 20;

    private final transient EvidenceService service;
    private final long complaintId;
    private final EvidenceDownloads downloads;
    private final boolean canDelete;

    private final H3 title = new H3();
    private final EnumSelect<EvidenceSource> source = new EnumSelect<>(EvidenceSource.class);
    private final TextField caption = new TextField();
    private final Upload upload = new Upload();
    private final Div errors = new Div();
    private final Div errorList = new Div();
    private final Div gallery = new Div();
    private final Paragraph empty = new Paragraph();

    // read by the upload handler, which runs on the request thread without the session lock
    private volatile EvidenceSource batchSource = EvidenceSource.BUYER;
    private volatile String batchCaption = "";

    private List<EvidenceSummary> items = List.of();
    private EvidenceLightbox lightbox;

    public EvidencePanel(EvidenceService service, long complaintId) {
        this.service = service;
        this.complaintId = complaintId;
        this.downloads = new EvidenceDownloads(service);
        this.canDelete = CurrentUser.get().map(u -> u.hasRole(Role.LEAD)).orElse(false);
        setId("evidence-panel");
        setPadding(false);

        title.setId("evidence-title");
        title.getStyle().setMargin("0");

        source.setId("evidence-source");
        source.setLabel(getTranslation("evidence.source"));
        source.setValue(batchSource);
        source.addValueChangeListener(e -> batchSource = e.getValue() == null ? EvidenceSource.OTHER : e.getValue());

        caption.setId("evidence-caption");
        caption.setLabel(getTranslation("evidence.caption"));
        caption.setPlaceholder(getTranslation("evidence.caption.placeholder"));
        caption.setMaxLength(NewEvidence.MAX_CAPTION_LENGTH);
        caption.setClearButtonVisible(true);
        caption.setValueChangeMode(ValueChangeMode.EAGER);
        caption.getStyle().setFlexGrow("1");
        caption.addValueChangeListener(e -> batchCaption = e.getValue());

        EvidenceProperties limits = service.limits();
        upload.setId("evidence-upload");
        upload.setWidthFull();
        // full width includes the border and padding, so the page gets no horizontal scroll bar
        upload.getStyle().setBoxSizing(Style.BoxSizing.BORDER_BOX);
        // raw, not multipart: a multipart body would first meet the servlet's multipart size limit (1 MB in Spring
        // Boot) and fail with a message that names no reason; the service counts the bytes itself
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(MAX_FILES_PER_BATCH);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        // a convenience in the file picker only; the server judges the bytes
        upload.setAcceptedMimeTypes(EvidenceKind.ALLOWED_TYPES.toArray(String[]::new));
        upload.setAcceptedFileExtensions(".jpg", ".jpeg", ".png", ".webp", ".mp4", ".pdf");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> showError(getTranslation("evidence.error.inBrowser",
                e.getFileName() == null ? "" : e.getFileName(), e.getErrorMessage())));
        upload.addAllFinishedListener(e -> upload.clearFileList());

        var hint = new Span(getTranslation("evidence.upload.hint", FileSizes.format(limits.maxBytes(),
                Formats.locale())));
        hint.setId("evidence-hint");
        hint.getStyle().setFontSize("var(--lumo-font-size-s)").setColor("var(--lumo-secondary-text-color)");

        var batch = new HorizontalLayout(source, caption);
        batch.setWidthFull();
        batch.setAlignItems(FlexComponent.Alignment.BASELINE);

        errors.setId("evidence-errors");
        errors.addClassName("cd-form-error");
        errors.setWidthFull();
        errors.getStyle().setBoxSizing(Style.BoxSizing.BORDER_BOX);
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        var clear = new Button(getTranslation("evidence.errors.clear"), VaadinIcon.CLOSE_SMALL.create(),
                e -> clearErrors());
        clear.setId("evidence-errors-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        errors.add(errorList, clear);

        gallery.setId("evidence-gallery");
        gallery.setWidthFull();
        gallery.getStyle().setDisplay(Style.Display.FLEX).setFlexWrap(Style.FlexWrap.WRAP)
                .setGap("var(--lumo-space-m)");
        empty.setId("evidence-empty");
        empty.setText(getTranslation("evidence.empty"));
        empty.getStyle().setColor("var(--lumo-secondary-text-color)");

        add(title, batch, upload, hint, errors, gallery, empty);
        refresh();
    }

    /**
     * Receives one file of a batch. Runs on the upload's request thread without the session lock, so a large file
     * or a slow connection never freezes the page; the outcome is applied to the components under the lock.
     */
    void receive(UploadEvent event) {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        EvidenceSummary added = null;
        String problem = null;
        try (InputStream content = event.getInputStream()) {
            added = service.add(complaintId, new NewEvidence(batchSource, batchCaption, fileName), content);
        } catch (DomainException e) {
            problem = ui.getTranslation(e.messageKey(), e.arguments());
        } catch (AccessDeniedException e) {
            problem = ui.getTranslation("evidence.error.inBrowser", fileName, ui.getTranslation("error.accessDenied"));
        } catch (ConstraintViolationException e) {
            problem = ui.getTranslation("evidence.error.inBrowser", fileName, e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining(" ")));
        } catch (IOException | RuntimeException e) {
            String reference = ErrorReference.log(e, "Evidence upload of " + fileName + " failed");
            problem = ui.getTranslation("evidence.error.inBrowser", fileName,
                    ui.getTranslation("error.unexpected", reference));
        }
        if (problem != null) {
            // marks the file as failed in the upload's own list as well
            event.reject(problem);
            String message = problem;
            ui.access(() -> showError(message));
        } else {
            EvidenceSummary item = added;
            ui.access(() -> append(item));
        }
    }

    /** Reloads the gallery from the database, so that a colleague's additions and deletions show up too. */
    void refresh() {
        items = service.list(complaintId);
        title.setText(getTranslation("evidence.title.count", items.size()));
        gallery.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            gallery.add(new EvidenceCard(items.get(i), downloads, () -> openLightbox(index)));
        }
        empty.setVisible(items.isEmpty());
    }

    /** Adds one new item without rebuilding the gallery, which would reload every thumbnail for every file. */
    private void append(EvidenceSummary item) {
        var all = new ArrayList<>(items);
        all.add(item);
        items = List.copyOf(all);
        int index = items.size() - 1;
        gallery.add(new EvidenceCard(item, downloads, () -> openLightbox(index)));
        title.setText(getTranslation("evidence.title.count", items.size()));
        empty.setVisible(false);
    }

    private void openLightbox(int index) {
        lightbox = new EvidenceLightbox(items, index, downloads, canDelete ? this::confirmDelete : null);
        lightbox.open();
    }

    private void confirmDelete(EvidenceSummary item) {
        var confirm = new ConfirmDialog(getTranslation("evidence.delete.confirm.title"),
                getTranslation("evidence.delete.confirm.text", item.originalFileName()),
                getTranslation("evidence.delete"), e -> delete(item));
        confirm.setId("evidence-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("evidence.delete.confirm.cancel"));
        confirm.open();
    }

    private void delete(EvidenceSummary item) {
        if (Attempt.run(() -> service.delete(item.id()))) {
            Notifications.success(getTranslation("evidence.deleted", item.originalFileName()));
        }
        if (lightbox != null) {
            lightbox.close();
        }
        refresh();
    }

    private void showError(String message) {
        var line = new Div();
        line.setText(message);
        line.addClassName("cd-evidence-error");
        errorList.addComponentAsFirst(line);
        errors.setVisible(true);
    }

    private void clearErrors() {
        errorList.removeAll();
        errors.setVisible(false);
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("evidence.upload.addFiles.one"))
                        .setMany(getTranslation("evidence.upload.addFiles.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("evidence.upload.dropFiles.one"))
                        .setMany(getTranslation("evidence.upload.dropFiles.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("evidence.upload.error.tooManyFiles", MAX_FILES_PER_BATCH))
                        .setFileIsTooBig(getTranslation("evidence.upload.error.fileIsTooBig"))
                        .setIncorrectFileType(getTranslation("evidence.upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("evidence.upload.status.connecting"))
                                .setStalled(getTranslation("evidence.upload.status.stalled"))
                                .setProcessing(getTranslation("evidence.upload.status.processing"))
                                .setHeld(getTranslation("evidence.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("evidence.upload.remaining.prefix"))
                                .setUnknown(getTranslation("evidence.upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("evidence.upload.error.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("evidence.upload.error.refused"))
                                .setForbidden(getTranslation("evidence.upload.error.forbidden"))
                                .setFileTooLarge(getTranslation("evidence.upload.error.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("evidence.upload.file.retry"))
                        .setStart(getTranslation("evidence.upload.file.start"))
                        .setRemove(getTranslation("evidence.upload.file.remove")));
    }
}
