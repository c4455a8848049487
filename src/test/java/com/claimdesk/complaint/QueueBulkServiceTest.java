package com.claimdesk.complaint;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class QueueBulkServiceTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    QueueBulkService bulk;
    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private CaseVersion newCase() {
        String number = TestCases.aCase().open(complaints);
        return seen(number);
    }

    private CaseVersion seen(String caseNumber) {
        return new CaseVersion(caseNumber, complaints.get(caseNumber).version());
    }

    private List<String> history(String caseNumber) {
        return audit.history(complaints.get(caseNumber).id()).stream()
                .map(r -> r.action().name() + ":" + r.field() + ":" + r.oldValue() + "->" + r.newValue()).toList();
    }

    @Test
    void allowed_transitions_are_made_and_a_resolved_case_refuses_escalation_without_failing_the_others() {
        var first = newCase();
        var second = newCase();
        String resolved = TestCases.aCase().open(complaints);
        complaints.changeStatus(resolved, complaints.get(resolved).version(), ComplaintStatus.RESOLVED);

        var result = bulk.changeStatus(List.of(first, seen(resolved), second), ComplaintStatus.ESCALATED);

        assertThat(result.changed()).containsExactly(first.caseNumber(), second.caseNumber());
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.caseNumber()).isEqualTo(resolved);
            assertThat(r.messageKey()).isEqualTo("complaint.status.illegal");
            assertThat(r.arguments()).containsExactly(ComplaintStatus.RESOLVED, ComplaintStatus.ESCALATED);
        });
        assertThat(complaints.get(first.caseNumber()).status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(complaints.get(second.caseNumber()).status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(complaints.get(resolved).status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void every_case_changed_in_bulk_gets_the_audit_rows_a_single_change_writes() {
        var a = newCase();
        var b = newCase();

        bulk.changePriority(List.of(a, b), Priority.URGENT);
        bulk.changeStatus(List.of(seen(a.caseNumber()), seen(b.caseNumber())), ComplaintStatus.INVESTIGATING);
        bulk.assignToMe(List.of(seen(a.caseNumber()), seen(b.caseNumber())));
        bulk.addTag(List.of(seen(a.caseNumber()), seen(b.caseNumber())), "  Fragile ");

        for (var c : List.of(a, b)) {
            assertThat(history(c.caseNumber())).containsExactly(
                    "CASE_OPENED:null:null->" + c.caseNumber(),
                    "FIELD_CHANGED:priority:NORMAL->URGENT",
                    "STATUS_CHANGED:status:NEW->INVESTIGATING",
                    "ASSIGNED:assignee:null->Li Wei 李伟",
                    "FIELD_CHANGED:tags:null->fragile");
            var now = complaints.get(c.caseNumber());
            assertThat(now.details().getTags()).containsExactly("fragile");
            assertThat(now.assignee().displayName()).isEqualTo("Li Wei 李伟");
        }
    }

    @Test
    void each_case_changed_announces_it_as_a_single_change_does_and_a_refused_one_announces_nothing() {
        var a = newCase();
        var b = newCase();
        var stale = newCase();
        complaints.changeStatus(stale.caseNumber(), stale.version(), ComplaintStatus.INVESTIGATING);
        events.clear();

        bulk.assign(List.of(a, b, stale), users.loadUserByUsername("agent2").id());

        long agent2 = users.loadUserByUsername("agent2").id();
        assertThat(events.stream(ComplaintEvent.Assigned.class)).extracting(ComplaintEvent.Assigned::complaintId)
                .containsExactlyInAnyOrder(complaints.get(a.caseNumber()).id(), complaints.get(b.caseNumber()).id());
        assertThat(events.stream(ComplaintEvent.Assigned.class)).allSatisfy(e -> assertThat(e.assigneeId()).isEqualTo(agent2));
    }

    @Test
    void a_case_changed_by_someone_else_since_the_page_showed_it_is_refused_and_kept_as_they_left_it() {
        var untouched = newCase();
        var shown = newCase();
        complaints.changeStatus(shown.caseNumber(), shown.version(), ComplaintStatus.INVESTIGATING);

        var result = bulk.changePriority(List.of(untouched, shown), Priority.LOW);

        assertThat(result.changed()).containsExactly(untouched.caseNumber());
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.caseNumber()).isEqualTo(shown.caseNumber());
            assertThat(r.messageKey()).isEqualTo("queue.bulk.refused.stale");
        });
        assertThat(complaints.get(shown.caseNumber()).details().getPriority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void a_case_already_as_asked_is_left_alone_without_an_audit_row_or_a_new_version() {
        var already = newCase();
        complaints.changeStatus(already.caseNumber(), already.version(), ComplaintStatus.INVESTIGATING);
        var before = seen(already.caseNumber());
        var other = newCase();

        var result = bulk.changeStatus(List.of(before, other), ComplaintStatus.INVESTIGATING);

        assertThat(result.unchanged()).containsExactly(already.caseNumber());
        assertThat(result.changed()).containsExactly(other.caseNumber());
        assertThat(complaints.get(already.caseNumber()).version()).isEqualTo(before.version());
        assertThat(history(already.caseNumber())).filteredOn(h -> h.startsWith("STATUS_CHANGED")).hasSize(1);
    }

    @Test
    void a_tag_is_normalised_like_the_form_does_and_a_case_with_the_most_tags_refuses_another() {
        String full = TestCases.aCase().tags(IntStream.rangeClosed(1, ComplaintDetails.MAX_TAGS)
                .mapToObj(i -> "t" + i).toArray(String[]::new)).open(complaints);
        var tagged = TestCases.aCase().tags("fragile").open(complaints);
        var plain = newCase();

        var result = bulk.addTag(List.of(seen(full), seen(tagged), plain), " FRAGILE");

        assertThat(result.changed()).containsExactly(plain.caseNumber());
        assertThat(result.unchanged()).containsExactly(tagged);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.caseNumber()).isEqualTo(full);
            assertThat(r.messageKey()).isEqualTo("complaint.tags.invalid");
        });
        assertThat(complaints.get(full).details().getTags()).hasSize(ComplaintDetails.MAX_TAGS)
                .doesNotContain("fragile");
        assertThatThrownBy(() -> bulk.addTag(List.of(plain), "   "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("queue.bulk.tag.invalid"));
    }

    @Test
    void assigning_to_someone_else_and_unassigning_follow_the_assignment_rules() {
        var a = newCase();
        long colleague = users.loadUserByUsername("agent2").id();

        bulk.assign(List.of(a), colleague);
        assertThat(complaints.get(a.caseNumber()).assignee().id()).isEqualTo(colleague);
        var result = bulk.assign(List.of(seen(a.caseNumber())), null);
        assertThat(result.changed()).containsExactly(a.caseNumber());
        assertThat(complaints.get(a.caseNumber()).assignee()).isNull();
        assertThat(history(a.caseNumber())).contains("ASSIGNED:assignee:Chen Jing 陈静->null");
    }

    @Test
    void only_users_who_work_cases_may_change_them_in_bulk() {
        var a = newCase();
        TestUsers.login(users, "admin");
        assertThatThrownBy(() -> bulk.changeStatus(List.of(a), ComplaintStatus.INVESTIGATING))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "agent");
        assertThat(complaints.get(a.caseNumber()).status()).isEqualTo(ComplaintStatus.NEW);
    }

    @Test
    void more_cases_than_the_limit_are_refused_as_a_whole() {
        var many = IntStream.rangeClosed(0, QueueBulkService.MAX_CASES)
                .mapToObj(i -> new CaseVersion("CD-NONE-" + i, 0)).toList();
        assertThatThrownBy(() -> bulk.changePriority(many, Priority.LOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("queue.bulk.tooMany"));
    }
}
