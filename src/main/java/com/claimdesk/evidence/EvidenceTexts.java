package com.claimdesk.evidence;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence's published reads for the search index: the captions and file names of many cases in one query. Reads
 * only, usable without a signed-in user (the index is kept after the commit, on a thread of its own), like
 * {@link com.claimdesk.complaint.Cases}; every change goes through {@link EvidenceService}.
 */
@Component
public class EvidenceTexts {

    /** One item's words: its caption, if any, and the file name it was uploaded with. */
    public record Text(@Nullable String caption, String fileName) {
    }

    private final EvidenceItemRepository items;

    EvidenceTexts(EvidenceItemRepository items) {
        this.items = items;
    }

    /** The items of the given cases, each case's in upload order; a case without any is left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<Text>> of(Collection<Long> complaintIds) {
        Map<Long, List<Text>> texts = new HashMap<>();
        if (complaintIds != null && !complaintIds.isEmpty()) {
            for (EvidenceItem item : items.findByComplaintIdInOrderByUploadedAtAscIdAsc(Set.copyOf(complaintIds))) {
                var s = item.toSummary();
                texts.computeIfAbsent(s.complaintId(), id -> new java.util.ArrayList<>())
                        .add(new Text(s.caption(), s.originalFileName()));
            }
        }
        return texts;
    }
}
