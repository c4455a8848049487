package com.claimdesk.dossier;

import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.messaging.MessageKind;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier of a case can be made of, for the agent to choose from: the buyer conversation without internal
 * notes, oldest first, and the photos with their captions and sources.
 */
public record DossierMaterial(List<MessageChoice> messages, List<PhotoChoice> photos) {

    public DossierMaterial {
        messages = List.copyOf(messages);
        photos = List.copyOf(photos);
    }

    /** A buyer message or one of our replies. */
    public record MessageChoice(long id, MessageKind kind, String authorName, Instant sentAt, String body) {
    }

    /** A photo of the case's evidence. */
    public record PhotoChoice(long id, EvidenceSource source, @Nullable String caption, String fileName,
                              Instant uploadedAt) {
    }
}
