package com.claimdesk.evidence;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adding, listing, serving and deleting the evidence of a case. Agents add and read; only a team lead deletes,
 * since evidence that disappears can lose a dispute. Additions and deletions are written to the case's audit trail
 * in the same transaction as the row.
 */
@Service
@Validated
public class EvidenceService {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);
    static final String AUDIT_FIELD = "evidence";
    private static final String UNNAMED = "unnamed";
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", ".jpg", "image/png", ".png", "image/webp", ".webp", "video/mp4", ".mp4",
            "application/pdf", ".pdf");

    private final EvidenceItemRepository items;
    private final EvidenceStorage storage;
    private final ContentTypeDetector detector;
    private final ImageProcessor images;
    private final EvidenceProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    EvidenceService(EvidenceItemRepository items, EvidenceStorage storage, ContentTypeDetector detector,
                    ImageProcessor images, EvidenceProperties properties, AuditLog audit,
                    PlatformTransactionManager transactionManager, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.items = items;
        this.storage = storage;
        this.detector = detector;
        this.images = images;
        this.properties = properties;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Checks and stores one file. Reading, checking and scaling run before the transaction starts, so a slow upload
     * from a phone does not hold a database connection; the files are written first and removed again if the row
     * does not commit.
     *
     * @throws EvidenceRejectedException when the file is empty, too large, of a type not accepted, or an image with
     *                                   too many pixels or an unreadable header; nothing is stored then
     * @throws NotFoundException         when there is no case with that id
     */
    @PreAuthorize("hasRole('AGENT')")
    public EvidenceSummary add(long complaintId, @Valid @NotNull NewEvidence evidence, @NotNull InputStream content) {
        ClaimDeskUserDetails me = CurrentUser.require();
        String fileName = displayFileName(evidence.originalFileName());
        List<String> written = new ArrayList<>();
        try (StagedUpload upload = StagedUpload.receive(content, properties.maxBytes(), fileName)) {
            String type = detector.detect(upload.file());
            if (!EvidenceKind.ALLOWED_TYPES.contains(type)) {
                throw new EvidenceRejectedException(EvidenceRejectedException.Reason.WRONG_TYPE,
                        "Upload " + fileName + " is " + type, fileName, type);
            }
            ImageProcessor.Dimensions size = null;
            ImageProcessor.Renditions renditions = null;
            if (EvidenceKind.of(type) == EvidenceKind.IMAGE) {
                size = checkedImageSize(upload, type, fileName);
                renditions = renditions(upload, type, size, fileName);
            }

            String base = complaintId + "/" + UUID.randomUUID();
            String originalKey = base + EXTENSIONS.get(type);
            try (InputStream original = upload.open()) {
                put(originalKey, original, written);
            }
            String previewKey = null;
            String thumbnailKey = null;
            if (renditions != null) {
                previewKey = base + "-preview.jpg";
                put(previewKey, new ByteArrayInputStream(renditions.preview()), written);
                thumbnailKey = base + "-thumb.jpg";
                put(thumbnailKey, new ByteArrayInputStream(renditions.thumbnail()), written);
            }
            // microseconds, as DATETIME(6) keeps them: the summary returned now equals the one read back later
            var item = new EvidenceItem(complaintId, evidence.source(), normalizeCaption(evidence.caption()), fileName,
                    type, upload.size(), upload.sha256(), originalKey, previewKey, thumbnailKey,
                    size == null ? null : size.width(), size == null ? null : size.height(), me.id(),
                    me.displayName(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            EvidenceSummary saved = persist(item, written);
            log.info("Evidence {} ({}, {} bytes) added to case id {} by {}", saved.id(), type, upload.size(),
                    complaintId, me.getUsername());
            return saved;
        } catch (IOException e) {
            removeQuietly(written);
            throw new UncheckedIOException("Storing evidence " + fileName + " failed", e);
        } catch (RuntimeException e) {
            // before the transaction or when it never began; a rollback is also handled by its synchronization
            removeQuietly(written);
            throw e;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<EvidenceSummary> list(long complaintId) {
        return items.findByComplaintIdOrderByUploadedAtAscIdAsc(complaintId).stream()
                .map(EvidenceItem::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public EvidenceSummary get(long evidenceId) {
        return find(evidenceId).toSummary();
    }

    /**
     * Opens the bytes of one variant for streaming to a team member; the caller closes the result. Previews and
     * thumbnails exist only for images the server could decode ({@link EvidenceSummary#hasPreview()}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public EvidenceContent open(long evidenceId, @NotNull EvidenceVariant variant) {
        EvidenceItem item = find(evidenceId);
        String key = item.keyOf(variant);
        if (key == null) {
            throw new NotFoundException("evidence.error.notFound", "Evidence " + evidenceId + " has no " + variant);
        }
        try {
            InputStream stream = storage.get(key);
            boolean original = variant == EvidenceVariant.ORIGINAL;
            return new EvidenceContent(original ? item.getContentType() : "image/jpeg",
                    original ? item.getSizeBytes() : -1, item.getOriginalFileName(), stream);
        } catch (NoSuchFileException e) {
            log.error("Evidence {} has a row but no file {}", evidenceId, key);
            throw new NotFoundException("evidence.error.notFound", "Missing file " + key);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading evidence " + evidenceId + " failed", e);
        }
    }

    /** Deletes the row now (audited) and its files once that has committed; a rollback keeps both. */
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void delete(long evidenceId) {
        EvidenceItem item = find(evidenceId);
        items.delete(item);
        audit.record(item.getComplaintId(), AuditAction.EVIDENCE_DELETED, AUDIT_FIELD, item.getOriginalFileName(),
                null);
        events.publishEvent(new EvidenceChanged(item.getComplaintId(), evidenceId, true));
        List<String> keys = item.storageKeys();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeQuietly(keys);
            }
        });
        log.info("Evidence {} ({}) of case id {} deleted by {}", evidenceId, item.getOriginalFileName(),
                item.getComplaintId(), CurrentUser.require().getUsername());
    }

    /** The limits uploads are checked against, for the hints the upload area shows. */
    @PreAuthorize("isAuthenticated()")
    public EvidenceProperties limits() {
        return properties;
    }

    private ImageProcessor.Dimensions checkedImageSize(StagedUpload upload, String type, String fileName) {
        ImageProcessor.Dimensions size = images.dimensions(upload.file(), type);
        if (size == null || size.width() <= 0 || size.height() <= 0) {
            throw new EvidenceRejectedException(EvidenceRejectedException.Reason.UNREADABLE,
                    "Upload " + fileName + " has no readable image header", fileName);
        }
        if (size.pixels() > properties.maxPixels()) {
            throw new EvidenceRejectedException(EvidenceRejectedException.Reason.TOO_MANY_PIXELS,
                    "Upload " + fileName + " claims " + size.width() + " x " + size.height() + " pixels", fileName,
                    size.width(), size.height(), properties.maxPixels() / 1_000_000);
        }
        return size;
    }

    /**
     * Preview and thumbnail, or {@code null} when the image cannot be decoded (a CMYK JPEG, say): the original is
     * still good evidence, and the gallery then shows it as a file rather than a picture.
     */
    private ImageProcessor.Renditions renditions(StagedUpload upload, String type, ImageProcessor.Dimensions size,
                                                 String fileName) {
        try {
            return images.render(upload.file(), type, size, properties.previewSize(), properties.thumbnailSize());
        } catch (IOException | RuntimeException e) {
            log.warn("No preview for {} ({}, {} x {}): {}", fileName, type, size.width(), size.height(), e.toString());
            return null;
        }
    }

    private void put(String key, InputStream content, List<String> written) throws IOException {
        // noted before writing: a write that fails halfway may still have left something to remove
        written.add(key);
        storage.put(key, content);
    }

    private EvidenceSummary persist(EvidenceItem item, List<String> written) {
        try {
            return transactions.execute(status -> {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int outcome) {
                        if (outcome != STATUS_COMMITTED) {
                            removeQuietly(written);
                        }
                    }
                });
                EvidenceItem saved = items.saveAndFlush(item);
                audit.record(item.getComplaintId(), AuditAction.EVIDENCE_ADDED, AUDIT_FIELD, null,
                        item.getOriginalFileName());
                events.publishEvent(new EvidenceChanged(item.getComplaintId(), saved.toSummary().id(), false));
                return saved.toSummary();
            });
        } catch (DataIntegrityViolationException e) {
            throw new NotFoundException("evidence.error.noCase", "No case with id " + item.getComplaintId());
        }
    }

    private void removeQuietly(List<String> keys) {
        for (String key : List.copyOf(keys)) {
            try {
                storage.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not remove evidence file {}; it is an orphan now", key, e);
            }
        }
    }

    private EvidenceItem find(long evidenceId) {
        return items.findById(evidenceId)
                .orElseThrow(() -> new NotFoundException("evidence.error.notFound", "No evidence " + evidenceId));
    }

    /**
     * The uploader's file name made safe to show and to put (encoded) into a header: no folders, no control or
     * bidirectional-override characters (which can make {@code gpj.exe} look like {@code exe.jpg}), at most 255
     * characters with the extension kept.
     */
    static String displayFileName(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            return UNNAMED;
        }
        if (name.length() > EvidenceItem.MAX_FILE_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int cut = EvidenceItem.MAX_FILE_NAME_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut) + extension;
        }
        return name;
    }

    private static String normalizeCaption(String caption) {
        if (caption == null) {
            return null;
        }
        String text = caption.replaceAll("[\\p{Cc}\\p{Cf}]", " ").strip();
        return text.isEmpty() ? null : text;
    }
}
