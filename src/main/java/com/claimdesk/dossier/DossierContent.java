package com.claimdesk.dossier;

import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.deadline.DeadlineSummary;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.messaging.ThreadEntry;
import com.claimdesk.negotiation.OfferRound;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one dossier shows, gathered and filtered by {@link DossierService} before anything is drawn: only what
 * the agent chose, never an internal note, never the bottom line (this record has no place for it).
 *
 * @param photos the chosen photos with the bytes of their previews (JPEG, without EXIF or GPS)
 * @param offers our own offers, oldest first
 */
record DossierContent(ComplaintSnapshot complaint, DossierDetails details, String preparedBy, Instant preparedAt,
                      @Nullable Instant firstReplyAt, List<DeadlineSummary> deadlines, List<ThreadEntry> messages,
                      List<Photo> photos, List<OfferRound> offers) {

    record Photo(EvidenceSummary item, byte[] preview) {
    }
}
