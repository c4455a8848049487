package com.claimdesk.messaging;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The thread's published reads for the search index: the texts of many cases' threads in one query. Reads only,
 * usable without a signed-in user (the index is kept after the commit, on a thread of its own), like
 * {@link com.claimdesk.complaint.Cases}; every change goes through {@link ThreadService}.
 */
@Component
public class ThreadTexts {

    /** One entry's words, what it is and when it was sent. */
    public record Text(MessageKind kind, String body, Instant sentAt) {
    }

    private final CaseMessageRepository messages;

    ThreadTexts(CaseMessageRepository messages) {
        this.messages = messages;
    }

    /** The entries of the given cases, each case's in the order they were sent; a case without any is left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<Text>> of(Collection<Long> complaintIds) {
        Map<Long, List<Text>> texts = new HashMap<>();
        if (complaintIds != null && !complaintIds.isEmpty()) {
            for (CaseMessage m : messages.findByComplaintIdInOrderBySentAtAscIdAsc(Set.copyOf(complaintIds))) {
                var e = m.toEntry();
                texts.computeIfAbsent(m.getComplaintId(), id -> new java.util.ArrayList<>())
                        .add(new Text(e.kind(), e.body(), e.sentAt()));
            }
        }
        return texts;
    }
}
