package com.claimdesk.deadline;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.notification.NotificationKind;
import com.claimdesk.notification.NotificationService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DeadlineServiceTest {

    @Autowired
    DeadlineService deadlines;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private ComplaintSnapshot open(Marketplace marketplace, Priority priority, LocalDate promised) {
        String number = TestCases.aCase().buyer("Deadline Buyer", "DE", "en").orderValue("120.00", "EUR")
                .subReason(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME).marketplace(marketplace).priority(priority)
                .shipped(10, promised).open(complaints);
        var s = complaints.get(number);
        return complaints.assignToMe(number, s.version());
    }

    private static DeadlineSummary only(List<DeadlineSummary> all, DeadlineKind kind) {
        var found = all.stream().filter(d -> d.kind() == kind).toList();
        assertThat(found).as(kind.name()).hasSize(1);
        return found.getFirst();
    }

    private ComplaintListItem queueRow(String caseNumber) {
        var rows = complaints.queue(new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, caseNumber),
                null, 0, 5);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void opening_a_case_gives_it_the_sla_targets_and_its_promised_delivery_date_as_deadlines() {
        LocalDate promised = LocalDate.now(clock).plusDays(20);
        var s = open(Marketplace.ALIEXPRESS, Priority.NORMAL, promised);
        var all = deadlines.forCase(s.id());
        WorkingCalendar calendar = deadlines.workingCalendar();

        var first = only(all, DeadlineKind.FIRST_RESPONSE);
        assertThat(first.source()).isEqualTo(DeadlineSource.SLA);
        assertThat(first.ruleBasis()).isEqualTo("SLA NORMAL * +8 HOURS WORKING_HOURS");
        assertThat(first.due()).isEqualTo(calendar.plus(s.createdAt(), 8, OffsetUnit.HOURS, Counting.WORKING_HOURS));
        var resolution = only(all, DeadlineKind.RESOLUTION_TARGET);
        assertThat(resolution.due()).isEqualTo(calendar.plus(s.createdAt(), 80, OffsetUnit.HOURS, Counting.WORKING_HOURS));
        var delivery = only(all, DeadlineKind.PROMISED_DELIVERY);
        assertThat(delivery.due()).isEqualTo(calendar.endOf(promised));
        assertThat(delivery.state()).isEqualTo(DeadlineState.OPEN);

        // the queue's urgency is the soonest of them, kept on the case row
        assertThat(queueRow(s.caseNumber()).nextDeadlineAt()).isEqualTo(first.due());
    }

    @Test
    void amazon_cases_follow_their_own_calendar_time_policy() {
        var s = open(Marketplace.AMAZON, Priority.HIGH, null);
        var first = only(deadlines.forCase(s.id()), DeadlineKind.FIRST_RESPONSE);
        assertThat(first.due()).isEqualTo(s.createdAt().plus(Duration.ofHours(24)));
        assertThat(first.ruleBasis()).isEqualTo("SLA HIGH AMAZON +24 HOURS CALENDAR");
    }

    @Test
    void the_first_reply_meets_the_first_response_target_and_resolving_meets_the_resolution_target() {
        var s = open(Marketplace.ALIEXPRESS, Priority.URGENT, null);
        var reply = new NewMessage();
        reply.setKind(MessageKind.REPLY);
        reply.setChannel(MessageChannel.PLATFORM_MESSAGE);
        reply.setBody("Sorry for the wait, we are checking with the carrier.");
        threads.add(s.id(), reply, ZoneId.of("UTC"));

        var first = only(deadlines.forCase(s.id()), DeadlineKind.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(DeadlineState.MET);
        assertThat(first.metAt()).isNotNull();
        var resolution = only(deadlines.forCase(s.id()), DeadlineKind.RESOLUTION_TARGET);
        assertThat(queueRow(s.caseNumber()).nextDeadlineAt()).isEqualTo(resolution.due());

        var now = complaints.get(s.caseNumber());
        complaints.changeStatus(s.caseNumber(), now.version(), ComplaintStatus.RESOLVED);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.RESOLUTION_TARGET).state()).isEqualTo(DeadlineState.MET);
        assertThat(queueRow(s.caseNumber()).nextDeadlineAt()).as("a finished case has no next deadline").isNull();
    }

    @Test
    void a_dispute_date_computes_the_rule_dates_and_a_later_rule_change_does_not_move_them() {
        var s = open(Marketplace.ALIEXPRESS, Priority.NORMAL, null);
        Instant opened = clock.instant().minus(Duration.ofDays(1));
        var created = deadlines.enterEvent(s.id(), PlatformEvent.DISPUTE_OPENED, opened);
        ZoneId team = deadlines.workingCalendar().zone();
        var reply = only(created, DeadlineKind.DISPUTE_REPLY);
        assertThat(reply.due()).isEqualTo(opened.atZone(team).plusDays(5).toInstant());
        assertThat(reply.source()).isEqualTo(DeadlineSource.RULE);
        assertThat(reply.ruleBasis()).isEqualTo("ALIEXPRESS DISPUTE_OPENED +5 DAYS CALENDAR");
        assertThat(only(created, DeadlineKind.DISPUTE_ESCALATION).due())
                .isEqualTo(opened.atZone(team).plusDays(15).toInstant());

        TestUsers.login(users, "admin");
        RuleDetails rule = deadlines.rules().stream().filter(r -> r.marketplace() == Marketplace.ALIEXPRESS
                && r.deadlineKind() == DeadlineKind.DISPUTE_REPLY).findFirst().orElseThrow();
        RuleDetails changed = deadlines.saveRule(new RuleDetails(rule.id(), rule.marketplace(), rule.event(),
                rule.deadlineKind(), 7, rule.unit(), rule.counting(), true, rule.version()));
        try {
            TestUsers.login(users, "agent");
            assertThat(only(deadlines.forCase(s.id()), DeadlineKind.DISPUTE_REPLY).due()).isEqualTo(reply.due());
            // a second dispute date on the same case is refused while the first one's dates are pending
            assertThatThrownBy(() -> deadlines.enterEvent(s.id(), PlatformEvent.DISPUTE_OPENED, opened))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("deadline.error.exists"));
            var other = open(Marketplace.ALIEXPRESS, Priority.NORMAL, null);
            assertThat(only(deadlines.enterEvent(other.id(), PlatformEvent.DISPUTE_OPENED, opened),
                    DeadlineKind.DISPUTE_REPLY).due()).isEqualTo(opened.atZone(team).plusDays(7).toInstant());
        } finally {
            TestUsers.login(users, "admin");
            deadlines.saveRule(new RuleDetails(rule.id(), rule.marketplace(), rule.event(), rule.deadlineKind(),
                    rule.offset(), rule.unit(), rule.counting(), true, changed.version()));
        }
    }

    @Test
    void amazon_a_to_z_gives_72_hours_and_a_marketplace_without_a_rule_is_refused_with_a_reason() {
        var amazon = open(Marketplace.AMAZON, Priority.NORMAL, null);
        Instant filed = clock.instant().minus(Duration.ofHours(5));
        assertThat(only(deadlines.enterEvent(amazon.id(), PlatformEvent.A_TO_Z_CLAIM, filed), DeadlineKind.DISPUTE_REPLY)
                .due()).isEqualTo(filed.plus(Duration.ofHours(72)));

        var other = open(Marketplace.OTHER, Priority.NORMAL, null);
        assertThatThrownBy(() -> deadlines.enterEvent(other.id(), PlatformEvent.DISPUTE_OPENED, filed))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.noRule"));
        // chargebacks have a rule for any marketplace
        assertThat(only(deadlines.enterEvent(other.id(), PlatformEvent.CHARGEBACK_RECEIVED, filed),
                DeadlineKind.CHARGEBACK_RESPONSE).ruleBasis()).isEqualTo("* CHARGEBACK_RECEIVED +20 DAYS CALENDAR");
        assertThatThrownBy(() -> deadlines.enterEvent(other.id(), PlatformEvent.ORDER_SHIPPED,
                clock.instant().plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.eventInFuture"));
    }

    @Test
    void extending_keeps_the_first_date_and_who_extended_it_and_refuses_an_earlier_date() {
        var s = open(Marketplace.ALIEXPRESS, Priority.NORMAL, null);
        Instant due = clock.instant().plus(Duration.ofDays(2));
        var custom = deadlines.add(s.id(), DeadlineKind.CUSTOM, due, "Send the customs papers to the buyer");
        assertThatThrownBy(() -> deadlines.extend(custom.id(), custom.version(), due.minusSeconds(60), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.extendLater"));

        var extended = deadlines.extend(custom.id(), custom.version(), due.plus(Duration.ofDays(3)), "Buyer agreed");
        assertThat(extended.state()).isEqualTo(DeadlineState.EXTENDED);
        assertThat(extended.due()).isEqualTo(due.plus(Duration.ofDays(3)));
        assertThat(extended.originalDue()).isEqualTo(due);
        assertThat(extended.extendedByName()).isEqualTo("Li Wei 李伟");
        assertThat(extended.note()).isEqualTo("Buyer agreed");
        assertThatThrownBy(() -> deadlines.extend(custom.id(), custom.version(), due.plus(Duration.ofDays(9)), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.stale"));

        var met = deadlines.markMet(extended.id(), extended.version());
        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThatThrownBy(() -> deadlines.markMet(met.id(), met.version()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.alreadyMet"));
        assertThatThrownBy(() -> deadlines.add(s.id(), DeadlineKind.CUSTOM, due, " "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.customNeedsNote"));
        assertThatThrownBy(() -> deadlines.add(s.id(), DeadlineKind.FIRST_RESPONSE, due, "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.notEnterable"));
    }

    @Test
    void the_promised_delivery_date_follows_the_case_and_delivery_meets_it() {
        LocalDate promised = LocalDate.now(clock).plusDays(12);
        var s = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, promised);
        WorkingCalendar calendar = deadlines.workingCalendar();
        var d = s.details();
        d.setShipment(d.getShipment().withPromisedDeliveryOn(promised.plusDays(5)));
        s = complaints.update(s.caseNumber(), s.version(), d);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.PROMISED_DELIVERY).due())
                .isEqualTo(calendar.endOf(promised.plusDays(5)));

        d = s.details();
        d.setShipment(d.getShipment().withDeliveredOn(LocalDate.now(clock)));
        complaints.update(s.caseNumber(), s.version(), d);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.PROMISED_DELIVERY).state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    void a_near_promised_delivery_date_of_goods_not_delivered_asks_to_extend_it_until_it_is_marked_extended() {
        var s = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(1));
        var alert = deadlines.prevention(s.id()).orElseThrow();
        var far = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(20));
        assertThat(deadlines.prevention(far.id())).isEmpty();

        Instant newDate = deadlines.workingCalendar().endOf(LocalDate.now(clock).plusDays(15));
        var extended = deadlines.extend(alert.deadlineId(), alert.version(), newDate, "Extended on Alibaba.com");
        assertThat(extended.kind()).isEqualTo(DeadlineKind.PROMISED_DELIVERY);
        assertThat(deadlines.prevention(s.id())).isEmpty();

        // editing the case to the date it was extended to does not reopen it
        var current = complaints.get(s.caseNumber());
        var d = current.details();
        d.setShipment(d.getShipment().withPromisedDeliveryOn(LocalDate.now(clock).plusDays(15)));
        complaints.update(s.caseNumber(), current.version(), d);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.PROMISED_DELIVERY).state())
                .isEqualTo(DeadlineState.EXTENDED);
    }

    @Test
    void a_page_of_the_queue_learns_in_one_query_which_cases_have_their_prevention_alert_on() {
        var near = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(1));
        var far = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(20));
        var none = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, null);
        var delivered = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(1));
        var d = delivered.details();
        d.setShipment(d.getShipment().withDeliveredOn(LocalDate.now(clock)));
        complaints.update(delivered.caseNumber(), delivered.version(), d);
        var extended = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(2));
        var alert = deadlines.prevention(extended.id()).orElseThrow();
        deadlines.extend(alert.deadlineId(), alert.version(),
                deadlines.workingCalendar().endOf(LocalDate.now(clock).plusDays(15)), null);

        var ids = List.of(near.id(), far.id(), none.id(), delivered.id(), extended.id());
        // the same rule as the case page's banner, for every case of the page
        for (long id : ids) {
            assertThat(deadlines.casesNeedingExtension(ids).contains(id)).as("case " + id)
                    .isEqualTo(deadlines.prevention(id).isPresent());
        }
        assertThat(deadlines.casesNeedingExtension(ids)).containsExactly(near.id());
        assertThat(deadlines.casesNeedingExtension(List.of())).isEmpty();
    }

    @Test
    void the_queue_prevention_query_reads_the_deadline_index_and_nothing_else() {
        String sql = DeadlineService.preventionCandidatesSql(3);
        var plan = jdbc.queryForList("EXPLAIN " + sql, 1L, 2L, 3L);
        // the cases' own facts (delivered?) come from the case module for the few candidates only
        // by the case and state, or by the kind and the case (V161, for the settlement guidance's chargeback lookup):
        // both read only the deadlines of the page's cases
        assertThat(plan).singleElement().satisfies(deadlineRow ->
                assertThat(String.valueOf(deadlineRow.get("key")))
                        .isIn("ix_deadline_complaint", "ix_deadline_kind_complaint"));
    }

    @Test
    void the_sweep_marks_a_passed_deadline_missed_and_tells_the_assignee_and_the_managers_once() {
        var s = open(Marketplace.ALIEXPRESS, Priority.NORMAL, null);
        var custom = deadlines.add(s.id(), DeadlineKind.CUSTOM, clock.instant().plus(Duration.ofMinutes(2)),
                "Call the carrier");
        deadlines.add(s.id(), DeadlineKind.DISPUTE_REPLY, clock.instant().plus(Duration.ofHours(3)), null);
        Instant later = clock.instant().plus(Duration.ofMinutes(3));

        var result = sweep.runAt(later);
        assertThat(result.missed()).isGreaterThanOrEqualTo(1);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.CUSTOM).state()).isEqualTo(DeadlineState.MISSED);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.CUSTOM).missedAt()).isEqualTo(later);
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.DISPUTE_REPLY).state()).isEqualTo(DeadlineState.OPEN);
        assertThat(result.raised()).anySatisfy(r -> {
            assertThat(r.caseNumber()).isEqualTo(s.caseNumber());
            assertThat(r.messageKey()).isEqualTo("deadline.notify.near.DISPUTE_REPLY");
        });
        // a missed deadline still needs action: the queue keeps showing it as overdue
        assertThat(queueRow(s.caseNumber()).nextDeadlineAt()).isEqualTo(custom.due());

        assertThat(count("agent", s.caseNumber(), NotificationKind.DEADLINE_MISSED)).isEqualTo(1);
        assertThat(countKey("agent", s.caseNumber(), "deadline.notify.near.DISPUTE_REPLY")).isEqualTo(1);
        assertThat(count("manager", s.caseNumber(), NotificationKind.DEADLINE_MISSED)).isEqualTo(1);
        assertThat(count("manager", s.caseNumber(), NotificationKind.DEADLINE_NEAR)).as("near: the assignee").isZero();
        assertThat(count("lead", s.caseNumber(), NotificationKind.DEADLINE_MISSED)).isEqualTo(1);
        assertThat(count("agent2", s.caseNumber(), NotificationKind.DEADLINE_MISSED)).isZero();
        // the assignee reads it in the notification centre
        assertThat(notifications.mine()).anyMatch(n -> s.caseNumber().equals(n.caseNumber())
                && n.kind() == NotificationKind.DEADLINE_MISSED && n.messageKey().equals("deadline.notify.missed.CUSTOM"));

        // the next pass finds nothing new for this case
        var again = sweep.runAt(later.plusSeconds(60));
        assertThat(again.raised()).noneMatch(r -> r.caseNumber().equals(s.caseNumber()));
        assertThat(count("manager", s.caseNumber(), NotificationKind.DEADLINE_MISSED)).isEqualTo(1);
    }

    @Test
    void a_passed_delivery_date_is_history_while_a_missed_first_answer_is_still_owed() {
        var s = open(Marketplace.ALIEXPRESS, Priority.NORMAL, LocalDate.now(clock).minusDays(1));
        for (var d : deadlines.forCase(s.id())) {
            if (d.kind() != DeadlineKind.PROMISED_DELIVERY) {
                deadlines.markMet(d.id(), d.version());
            }
        }
        var late = deadlines.add(s.id(), DeadlineKind.CUSTOM, clock.instant().plusSeconds(30), "Ask for photos");
        sweep.runAt(clock.instant().plusSeconds(60));

        var delivery = only(deadlines.forCase(s.id()), DeadlineKind.PROMISED_DELIVERY);
        assertThat(delivery.state()).isEqualTo(DeadlineState.MISSED);
        assertThat(delivery.pending()).isFalse();
        var custom = only(deadlines.forCase(s.id()), DeadlineKind.CUSTOM);
        assertThat(custom.state()).isEqualTo(DeadlineState.MISSED);
        assertThat(custom.pending()).isTrue();
        assertThat(queueRow(s.caseNumber()).nextDeadlineAt()).isEqualTo(late.due());

        deadlines.markMet(custom.id(), custom.version());
        assertThat(queueRow(s.caseNumber()).nextDeadlineAt()).as("nothing owed any more").isNull();
        assertThat(only(deadlines.forCase(s.id()), DeadlineKind.CUSTOM).missedAt()).as("met late, still on record")
                .isNotNull();
    }

    @Test
    void the_sweep_raises_the_prevention_alert_for_a_near_promised_delivery_once() {
        var s = open(Marketplace.ALIBABA_TRADE_ASSURANCE, Priority.NORMAL, LocalDate.now(clock).plusDays(2));
        var result = sweep.runAt(clock.instant());
        assertThat(result.raised()).filteredOn(r -> r.caseNumber().equals(s.caseNumber())
                && r.messageKey().equals("deadline.notify.prevention")).hasSize(1);
        assertThat(count("agent", s.caseNumber(), NotificationKind.PREVENTION)).isEqualTo(1);
        assertThat(sweep.runAt(clock.instant()).raised()).noneMatch(r -> r.caseNumber().equals(s.caseNumber()));
    }

    @Test
    void only_an_admin_changes_rules_and_sla_policies() {
        var rule = deadlines.rules().getFirst();
        assertThatThrownBy(() -> deadlines.saveRule(rule)).isInstanceOf(AccessDeniedException.class);
        var sla = deadlines.slaPolicies().getFirst();
        assertThatThrownBy(() -> deadlines.saveSla(sla)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "admin");
        assertThatThrownBy(() -> deadlines.saveSla(new SlaDetails(sla.id(), sla.priority(), sla.marketplace(), 10, 5,
                sla.counting(), sla.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.resolutionBeforeResponse"));
        assertThatThrownBy(() -> deadlines.saveSla(new SlaDetails(null, sla.priority(), sla.marketplace(), 1, 5,
                sla.counting(), 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.error.slaExists"));
    }

    private int countKey(String username, String caseNumber, String messageKey) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = ? AND n.case_number = ? AND n.message_key = ?", Integer.class, username,
                caseNumber, messageKey);
        return n == null ? 0 : n;
    }

    private int count(String username, String caseNumber, NotificationKind kind) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                + " WHERE u.username = ? AND n.case_number = ? AND n.kind = ?", Integer.class, username, caseNumber,
                kind.name());
        return n == null ? 0 : n;
    }
}
