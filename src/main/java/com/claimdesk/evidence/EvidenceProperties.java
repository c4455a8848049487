package com.claimdesk.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code claimdesk.evidence.*}.
 *
 * @param maxSize       largest file accepted, counted on the server while it streams (a phone video of a minute is
 *                      about 20 MB)
 * @param maxPixels     largest image accepted, read from the header before decoding, so that a small file that
 *                      claims to be 100 000 × 100 000 pixels cannot exhaust the heap
 * @param previewSize   longest side of the preview the lightbox shows, in pixels
 * @param thumbnailSize longest side of the gallery thumbnail, in pixels
 * @param dir           the folder of the file-system storage; {@code null} means {@code <claimdesk.data-dir>/evidence}.
 *                      Several nodes share one folder (docs/decisions/060-several-nodes.md)
 */
@ConfigurationProperties("claimdesk.evidence")
public record EvidenceProperties(
        @DefaultValue("25MB") DataSize maxSize,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue("1600") int previewSize,
        @DefaultValue("320") int thumbnailSize,
        java.nio.file.Path dir) {

    public EvidenceProperties {
        if (maxSize.toBytes() <= 0 || maxPixels <= 0 || previewSize <= 0 || thumbnailSize <= 0) {
            throw new IllegalArgumentException("claimdesk.evidence.* limits must be positive");
        }
        if (thumbnailSize > previewSize) {
            // the thumbnail is made from the preview
            throw new IllegalArgumentException("claimdesk.evidence.thumbnail-size must not exceed preview-size");
        }
    }

    public long maxBytes() {
        return maxSize.toBytes();
    }
}
