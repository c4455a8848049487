package com.claimdesk.api;

import com.claimdesk.evidence.EvidenceKind;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.EvidenceSummary;

import java.time.Instant;

/** A piece of evidence, without its bytes. */
public record EvidenceResource(long id, EvidenceSource source, EvidenceKind kind, String caption, String fileName,
                               String contentType, long sizeBytes, String sha256, String uploadedBy,
                               Instant uploadedAt, Integer width, Integer height) {

    static EvidenceResource of(EvidenceSummary s) {
        return new EvidenceResource(s.id(), s.source(), s.kind(), s.caption(), s.originalFileName(), s.contentType(),
                s.sizeBytes(), s.sha256(), s.uploadedByName(), s.uploadedAt(), s.width(), s.height());
    }
}
