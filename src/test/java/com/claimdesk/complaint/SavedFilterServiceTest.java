package com.claimdesk.complaint;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestClock;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.QueueFilter.AssigneeScope;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SavedFilterServiceTest {

    @Autowired
    SavedFilterService views;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintQueries queries;
    @Autowired
    UserService users;
    @Autowired
    TestClock clock;

    private final String marker = "Views" + UUID.randomUUID().toString().substring(0, 8);
    /** What each test saved, by whom, to delete afterwards: the views per user are capped. */
    private final List<Long> saved = new ArrayList<>();

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
    }

    @AfterEach
    void deleteWhatWasSaved() {
        TestUsers.login(users, "lead");
        for (String who : List.of("lead", "agent", "agent2")) {
            TestUsers.login(users, who);
            views.visible().stream().filter(v -> v.editable() && saved.contains(v.id())).forEach(v -> views.delete(v.id()));
        }
        TestUsers.logout();
    }

    private SavedFilterCriteria myCases() {
        return new SavedFilterCriteria("all", null, null, AssigneeScope.ME, marker, null, null);
    }

    private SavedFilterItem save(String name, boolean team, SavedFilterCriteria criteria) {
        var item = views.save(name, team, criteria);
        saved.add(item.id());
        return item;
    }

    private static DomainException refusal(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void an_agent_saves_a_view_for_themselves_that_a_colleague_does_not_see() {
        var mine = save("  Overdue " + marker + " ", false, myCases());
        assertThat(mine.name()).isEqualTo("Overdue " + marker);
        assertThat(mine.team()).isFalse();
        assertThat(mine.editable()).isTrue();
        assertThat(views.visible()).extracting(SavedFilterItem::id).contains(mine.id());
        assertThat(views.visible()).filteredOn(v -> v.id() == mine.id()).singleElement()
                .satisfies(v -> assertThat(v.criteria()).isEqualTo(myCases()));

        TestUsers.login(users, "agent2");
        assertThat(views.visible()).extracting(SavedFilterItem::id).doesNotContain(mine.id());
        assertThat(refusal(() -> views.delete(mine.id())).messageKey()).isEqualTo("savedView.error.notFound");
    }

    @Test
    void only_managers_and_team_leads_save_and_change_team_views_which_everyone_sees() {
        assertThat(refusal(() -> views.save("Team " + marker, true, myCases())).messageKey())
                .isEqualTo("savedView.error.teamNotAllowed");

        TestUsers.login(users, "manager");
        var team = save("Team " + marker, true, myCases());

        TestUsers.login(users, "agent2");
        assertThat(views.visible()).filteredOn(v -> v.id() == team.id()).singleElement()
                .satisfies(v -> assertThat(v.editable()).isFalse());
        assertThat(refusal(() -> views.rename(team.id(), "Mine now")).messageKey()).isEqualTo("savedView.error.notYours");
        assertThat(refusal(() -> views.delete(team.id())).messageKey()).isEqualTo("savedView.error.notYours");

        TestUsers.login(users, "lead");
        assertThat(views.rename(team.id(), "Team renamed " + marker).name()).isEqualTo("Team renamed " + marker);
        views.delete(team.id());
        assertThat(views.visible()).extracting(SavedFilterItem::id).doesNotContain(team.id());
    }

    @Test
    void a_name_is_required_limited_in_length_and_unique_per_owner_whatever_its_case() {
        assertThat(refusal(() -> views.save("   ", false, myCases())).messageKey())
                .isEqualTo("savedView.error.nameRequired");
        assertThat(refusal(() -> views.save("x".repeat(SavedFilterService.MAX_NAME + 1), false, myCases()))
                .messageKey()).isEqualTo("savedView.error.nameTooLong");

        var first = save("Same " + marker, false, myCases());
        assertThat(refusal(() -> views.save("SAME " + marker, false, myCases())).messageKey())
                .isEqualTo("savedView.error.nameTaken");
        var second = save("Other " + marker, false, myCases());
        assertThat(refusal(() -> views.rename(second.id(), "same " + marker)).messageKey())
                .isEqualTo("savedView.error.nameTaken");
        assertThat(views.rename(first.id(), "Same " + marker).name()).isEqualTo("Same " + marker);

        // another owner, and the team, have names of their own
        TestUsers.login(users, "agent2");
        save("Same " + marker, false, myCases());
        TestUsers.login(users, "lead");
        save("Same " + marker, true, myCases());
    }

    @Test
    void a_filter_the_queue_does_not_know_is_refused() {
        var bogus = new SavedFilterCriteria("BOGUS", null, null, AssigneeScope.ME, "", null, null);
        assertThat(refusal(() -> views.save("Bogus " + marker, false, bogus)).messageKey())
                .isEqualTo("savedView.error.invalidFilter");
    }

    @Test
    void each_view_counts_the_cases_it_matches_for_the_viewer_and_the_count_is_fresh_after_a_short_while() {
        var me = TestCases.aCase().buyerName("Buyer " + marker);
        me.openAndTake(complaints);
        TestCases.aCase().buyerName("Buyer " + marker).openAndTake(complaints);
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        TestUsers.login(users, "manager");
        var team = save("Marked " + marker, true,
                new SavedFilterCriteria("all", null, null, AssigneeScope.ANYONE, marker, null, null));
        var teamMine = save("Marked mine " + marker, true, myCases());

        TestUsers.login(users, "agent");
        assertThat(counts()).containsEntry(team.id(), 3).containsEntry(teamMine.id(), 2);
        TestUsers.login(users, "agent2");
        assertThat(counts()).containsEntry(team.id(), 3).containsEntry(teamMine.id(), 0);

        TestUsers.login(users, "agent");
        TestCases.aCase().buyerName("Buyer " + marker).openAndTake(complaints);
        assertThat(counts()).as("counted moments ago").containsEntry(teamMine.id(), 2);
        clock.advance(Duration.ofSeconds(16));
        assertThat(counts()).containsEntry(teamMine.id(), 3).containsEntry(team.id(), 4);
    }

    @Test
    void a_count_stops_at_its_cap() {
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        var filter = new SavedFilterCriteria("all", null, null, AssigneeScope.ANYONE, marker, null, null).toFilter(null);
        long me = users.loadUserByUsername("agent").id();
        assertThat(queries.countUpTo(filter, me, 2, clock.instant(), Duration.ofHours(24))).isEqualTo(3);
        assertThat(queries.countUpTo(filter, me, 5, clock.instant(), Duration.ofHours(24))).isEqualTo(3);
    }

    private java.util.Map<Long, Integer> counts() {
        var m = new java.util.HashMap<Long, Integer>();
        views.visibleWithCounts(ZoneId.of("UTC")).forEach(c -> m.put(c.view().id(), c.count()));
        return m;
    }
}
