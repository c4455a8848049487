package com.claimdesk.base.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one path from what a user asked for to the reason it was refused, in the user's language. */
class AttemptTest extends KaribuTest {

    private final List<String> said = new ArrayList<>();

    @Test
    void a_refused_action_says_why_in_the_users_words_and_reports_no_success() {
        login("agent");
        boolean done = Attempt.run(() -> {
            throw new NotFoundException("complaint.error.notFound", "No case CD-1", "CD-1");
        }, said::add);
        assertThat(done).isFalse();
        assertThat(said).containsExactly("There is no case CD-1. Check the number, or search the queue.");

        assertThat(Attempt.get(() -> {
            throw new AccessDeniedException("no");
        }, said::add)).isEmpty();
        assertThat(said.getLast()).isEqualTo("You do not have the rights for this action.");
    }

    @Test
    void a_successful_action_hands_back_its_result_and_says_nothing() {
        login("agent");
        assertThat(Attempt.run(() -> { }, said::add)).isTrue();
        assertThat(Attempt.get(() -> "CD-2", said::add)).hasValue("CD-2");
        assertThat(said).isEmpty();
    }

    @Test
    void an_unexpected_error_is_not_swallowed_but_left_to_the_error_handler() {
        login("agent");
        assertThatThrownBy(() -> Attempt.run(() -> {
            throw new IllegalStateException("a defect");
        }, said::add)).isInstanceOf(IllegalStateException.class);
        assertThat(said).isEmpty();
        assertThat(new DomainException("x", "y")).isNotNull();
    }
}
