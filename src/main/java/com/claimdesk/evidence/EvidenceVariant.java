package com.claimdesk.evidence;

/** The stored forms of one item: the original as uploaded, and for images a preview and a thumbnail (JPEG). */
public enum EvidenceVariant {
    ORIGINAL, PREVIEW, THUMBNAIL
}
