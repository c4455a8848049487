package com.claimdesk.evidence;

import java.util.Map;
import java.util.Set;

/** What the gallery shows for an item, derived from its (detected) content type. */
public enum EvidenceKind {
    IMAGE, VIDEO, PDF;

    private static final Map<String, EvidenceKind> BY_TYPE = Map.of(
            "image/jpeg", IMAGE,
            "image/png", IMAGE,
            "image/webp", IMAGE,
            "video/mp4", VIDEO,
            "application/pdf", PDF);

    /** The content types an upload may have, judged by its bytes. */
    public static final Set<String> ALLOWED_TYPES = BY_TYPE.keySet();

    public static EvidenceKind of(String contentType) {
        EvidenceKind kind = BY_TYPE.get(contentType);
        if (kind == null) {
            throw new IllegalArgumentException("Not an evidence type: " + contentType);
        }
        return kind;
    }
}
