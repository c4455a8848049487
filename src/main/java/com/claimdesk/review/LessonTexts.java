package com.claimdesk.review;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review module's published reads for the search index: the active lessons drawn from many cases in one query.
 * Reads only, usable without a signed-in user (the index is kept after the commit, on a thread of its own); every
 * change goes through {@link LessonService} or {@link ReviewService}.
 */
@Component
public class LessonTexts {

    /** One lesson's words: its title and its text, if any. */
    public record Text(String title, @Nullable String body) {
    }

    private final LessonRepository lessons;

    LessonTexts(LessonRepository lessons) {
        this.lessons = lessons;
    }

    /** The active lessons of the given cases, each case's oldest first; a case without any is left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<Text>> of(Collection<Long> complaintIds) {
        Map<Long, List<Text>> texts = new HashMap<>();
        if (!complaintIds.isEmpty()) {
            for (Lesson l : lessons.findByComplaintIdInAndActiveTrueOrderByIdAsc(Set.copyOf(complaintIds))) {
                texts.computeIfAbsent(l.getComplaintId(), id -> new ArrayList<>()).add(new Text(l.getTitle(), l.getBody()));
            }
        }
        return texts;
    }
}
