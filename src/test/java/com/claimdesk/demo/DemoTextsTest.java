package com.claimdesk.demo;

import com.claimdesk.complaint.SubReason;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's texts live in src/main/resources/demo/: every one is there, read, and fits the cases it is for. */
class DemoTextsTest {

    private static final Map<String, Long> USERS = Map.of("agent", 1L, "agent2", 2L, "agent3", 3L, "manager", 4L,
            "lead", 5L, "admin", 6L);

    @Test
    void every_file_of_the_demo_folder_is_read_and_every_text_in_it_is_used() throws IOException {
        var files = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:demo/*"))
                .map(r -> r.getFilename()).collect(Collectors.toSet());
        assertThat(files).containsExactlyInAnyOrderElementsOf(
                DemoTexts.FILES.stream().map(f -> f + ".yaml").toList());
        // loading fails on a missing or blank text; what is left unread is a misspelt key or a leftover
        assertThat(DemoTexts.get().unread()).isEmpty();
    }

    @Test
    void the_demo_users_are_one_per_role_with_the_documented_names() {
        assertThat(DemoUsers.USERNAMES).containsExactly("agent", "agent2", "agent3", "manager", "lead", "admin");
        assertThat(DemoUsers.ALL.getFirst().displayName()).isEqualTo("Li Wei 李伟");
        assertThat(DemoUsers.logins()).contains("admin", "Admin 管理员", DemoUsers.PASSWORD);
    }

    /**
     * Each note is picked for some case and all its placeholders filled (a placeholder the facts do not fill fails
     * the plan, and so does a case that no note of its sub-reason fits): over many seeds, every note of the file
     * turns up as a case's summary.
     */
    @Test
    void every_note_is_picked_for_some_case_and_filled() {
        assertThat(DemoTexts.get().notes.keySet()).containsExactlyInAnyOrder(SubReason.values());
        Map<Pattern, String> unseen = new java.util.HashMap<>();
        DemoTexts.get().notes.values().stream().flatMap(List::stream).forEach(n -> unseen.put(asPattern(n), n));
        Set<String> summaries = new HashSet<>();
        for (int seed = 0; seed < 40 && !unseen.isEmpty(); seed++) {
            DemoCasePlanner.plan(new Random(seed), Instant.parse("2026-11-23T10:00:00Z"), USERS)
                    .forEach(c -> summaries.add(c.details().getSummary()));
            unseen.keySet().removeIf(p -> summaries.stream().anyMatch(s -> p.matcher(s).matches()));
        }
        assertThat(unseen.values()).as("notes never picked").isEmpty();
        assertThat(summaries).noneMatch(s -> s.contains("{") || s.contains("}"));
    }

    /** A note as the summaries it gives: the prefix gone, each placeholder any text, the first letter either case. */
    private static Pattern asPattern(String note) {
        String text = note.replaceFirst("^[A-Z]+\\|", "");
        StringBuilder regex = new StringBuilder("(?s)");
        for (String part : text.split("\\{\\w+}", -1)) {
            if (regex.length() > 4) {
                regex.append(".+?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), text.startsWith("{") ? 0 : Pattern.CASE_INSENSITIVE);
    }
}
