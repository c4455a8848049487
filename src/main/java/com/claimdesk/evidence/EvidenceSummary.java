package com.claimdesk.evidence;

import java.time.Instant;

/**
 * One item as the gallery and the lightbox show it.
 *
 * @param width      pixels of an image as its header states them, {@code null} for videos and PDFs
 * @param hasPreview whether a preview and a thumbnail exist (images the server could decode)
 */
public record EvidenceSummary(long id, long complaintId, EvidenceSource source, EvidenceKind kind, String caption,
                              String originalFileName, String contentType, long sizeBytes, String sha256,
                              String uploadedByName, Instant uploadedAt, Integer width, Integer height,
                              boolean hasPreview) {

    /** The caption, or the file name when there is none: what a list shows as the item's title. */
    public String title() {
        return caption == null || caption.isBlank() ? originalFileName : caption;
    }
}
