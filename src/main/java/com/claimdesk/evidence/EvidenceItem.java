package com.claimdesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One file on a case. Nothing about it changes after the upload: evidence is replaced by deleting and adding, so
 * that what was shown to a platform or a buyer stays what the hash says.
 */
@Entity
@Table(name = "evidence_item")
class EvidenceItem {

    static final int MAX_FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private EvidenceSource source;

    @Column(length = NewEvidence.MAX_CAPTION_LENGTH, updatable = false)
    private String caption;

    @Column(name = "original_file_name", nullable = false, length = MAX_FILE_NAME_LENGTH, updatable = false)
    private String originalFileName;

    @Column(name = "content_type", nullable = false, length = 64, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
    private String storageKey;

    @Column(name = "preview_key", length = 200, updatable = false)
    private String previewKey;

    @Column(name = "thumbnail_key", length = 200, updatable = false)
    private String thumbnailKey;

    @Column(name = "width_px", updatable = false)
    private Integer width;

    @Column(name = "height_px", updatable = false)
    private Integer height;

    @Column(name = "uploaded_by_id", nullable = false, updatable = false)
    private long uploadedById;

    @Column(name = "uploaded_by_name", nullable = false, length = 120, updatable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceItem() {
    }

    EvidenceItem(long complaintId, EvidenceSource source, String caption, String originalFileName, String contentType,
                 long sizeBytes, String sha256, String storageKey, String previewKey, String thumbnailKey,
                 Integer width, Integer height, long uploadedById, String uploadedByName, Instant uploadedAt) {
        this.complaintId = complaintId;
        this.source = source;
        this.caption = caption;
        this.originalFileName = originalFileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.previewKey = previewKey;
        this.thumbnailKey = thumbnailKey;
        this.width = width;
        this.height = height;
        this.uploadedById = uploadedById;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    long getComplaintId() {
        return complaintId;
    }

    String getOriginalFileName() {
        return originalFileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    /** The storage key of a variant, or {@code null} when the item has no such variant (videos, PDFs). */
    String keyOf(EvidenceVariant variant) {
        return switch (variant) {
            case ORIGINAL -> storageKey;
            case PREVIEW -> previewKey;
            case THUMBNAIL -> thumbnailKey;
        };
    }

    List<String> storageKeys() {
        var keys = new ArrayList<String>();
        keys.add(storageKey);
        if (previewKey != null) {
            keys.add(previewKey);
        }
        if (thumbnailKey != null) {
            keys.add(thumbnailKey);
        }
        return keys;
    }

    EvidenceSummary toSummary() {
        return new EvidenceSummary(id, complaintId, source, EvidenceKind.of(contentType), caption, originalFileName,
                contentType, sizeBytes, sha256, uploadedByName, uploadedAt, width, height,
                previewKey != null && thumbnailKey != null);
    }
}
