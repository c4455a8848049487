package com.claimdesk.dossier;

import jakarta.validation.constraints.NotNull;

import java.time.ZoneId;
import java.util.Set;

/**
 * What the agent chose to put into a dossier.
 *
 * @param messageIds thread entries to include: buyer messages and our replies only; an internal note is refused
 * @param photoIds   evidence items to include: images the server could preview
 * @param zone       the zone the dossier states its times in (the agent's)
 */
public record DossierDetails(@NotNull DossierLanguage language, @NotNull Set<DossierPart> parts,
                             @NotNull Set<Long> messageIds, @NotNull Set<Long> photoIds, @NotNull ZoneId zone) {

    public DossierDetails {
        parts = Set.copyOf(parts);
        messageIds = Set.copyOf(messageIds);
        photoIds = Set.copyOf(photoIds);
    }

    /** Whether anything at all was chosen: a dossier with no section, no message and no photo is refused. */
    public boolean hasContent() {
        return !parts.isEmpty() || !messageIds.isEmpty() || !photoIds.isEmpty();
    }
}
