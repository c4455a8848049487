package com.claimdesk.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the uploader says about a file; the service finds out the rest (type, size, hash) from the bytes.
 *
 * @param originalFileName the name on the uploader's machine, kept for display and downloads only, never as a path
 */
public record NewEvidence(
        @NotNull(message = "{field.required}") EvidenceSource source,
        @Size(max = NewEvidence.MAX_CAPTION_LENGTH, message = "{field.tooLong}") String caption,
        String originalFileName) {

    public static final int MAX_CAPTION_LENGTH = 500;
}
