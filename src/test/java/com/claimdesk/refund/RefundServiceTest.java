package com.claimdesk.refund;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.security.UserService;
import com.claimdesk.settings.ApprovalLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RefundServiceTest {

    @Autowired
    RefundService refunds;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;
    @Autowired
    com.claimdesk.notification.NotificationService notifications;
    @Autowired
    com.claimdesk.negotiation.NegotiationService negotiation;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long caseId;
    private String caseNumber;

    @BeforeEach
    void aCaseInNegotiation() {
        TestUsers.login(users, "agent");
        caseNumber = com.claimdesk.TestCases.aCase().buyer("Lukas Becker", "DE", "de").orderValue("3200.00", "EUR")
                .marketplace(Marketplace.ALIBABA_TRADE_ASSURANCE).priority(Priority.HIGH).open(complaints);
        var s = complaints.get(caseNumber);
        complaints.changeStatus(caseNumber, s.version(), ComplaintStatus.NEGOTIATING);
        caseId = s.id();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static NewRefund refund(String amount, String currency) {
        var r = new NewRefund();
        r.setAmount(new BigDecimal(amount));
        r.setCurrency(currency);
        r.setMethod(RefundMethod.PLATFORM_REFUND);
        r.setReason("Damaged in transit, buyer keeps the goods");
        return r;
    }

    @Test
    void within_the_agent_limit_the_agent_settles_alone() {
        var r = refunds.request(caseId, refund("150.00", "USD"));
        assertThat(r.status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(r.requiredLevel()).isEqualTo(ApprovalLevel.AGENT);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
    }

    @Test
    void a_foreign_amount_is_judged_by_its_converted_value_with_the_stored_rate() {
        // 190 EUR x 1.08 = 205.20 USD: above the agent limit of 200
        var r = refunds.request(caseId, refund("190.00", "EUR"));
        assertThat(r.baseAmount().amount()).isEqualByComparingTo("205.20");
        assertThat(r.rate()).isEqualByComparingTo("1.08");
        assertThat(r.requiredLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(r.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
    }

    @Test
    void an_agent_cannot_approve_above_the_limit_and_nothing_is_written() {
        var r = refunds.request(caseId, refund("500", "USD"));
        TestUsers.login(users, "agent2");
        assertThatThrownBy(() -> refunds.approve(r.id(), r.version(), "ok")).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "agent");
        assertThat(refunds.forCase(caseId)).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(RefundStatus.PENDING));
    }

    @Test
    void going_beyond_the_bottom_line_needs_a_manager_even_within_the_agent_limit() {
        var line = new com.claimdesk.negotiation.BottomLineForm();
        line.setMaxAmount(new BigDecimal("100.00"));
        line.setAcceptable(java.util.EnumSet.of(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND));
        negotiation.setBottomLine(caseId, line); // the case's order is in EUR: at most 100 EUR
        var within = refunds.request(caseId, refund("90.00", "EUR"));
        assertThat(within.status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(within.beyondBottomLine()).isFalse();
        // 150 USD is within the agent limit of 200 USD, but more than 100 EUR (108 USD)
        var beyond = refunds.request(caseId, refund("150.00", "USD"));
        assertThat(beyond.beyondBottomLine()).isTrue();
        assertThat(beyond.requiredLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(beyond.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
    }

    @Test
    void the_limits_apply_to_the_refunds_of_a_case_together_and_a_rejected_one_no_longer_counts() {
        var first = refunds.request(caseId, refund("150.00", "USD"));
        assertThat(first.status()).isEqualTo(RefundStatus.APPROVED);
        // within the agent limit alone, but 300 USD on the case together: a manager's
        var second = refunds.request(caseId, refund("150.00", "USD"));
        assertThat(second.requiredLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(second.status()).isEqualTo(RefundStatus.PENDING);
        TestUsers.login(users, "manager");
        refunds.reject(second.id(), second.version(), "The first refund covers the damage");
        TestUsers.login(users, "agent");
        assertThat(refunds.request(caseId, refund("40.00", "USD")).status()).isEqualTo(RefundStatus.APPROVED);
        var next = refunds.assess(caseId, com.claimdesk.base.Money.of("20.00", "USD"));
        assertThat(next.caseTotal()).isEqualTo(com.claimdesk.base.Money.of("210.00", "USD"));
        assertThat(next.requiredLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(next.settledAtOnce()).isFalse();
    }

    @Test
    void refunds_that_together_go_beyond_the_bottom_line_need_a_manager() {
        var line = new com.claimdesk.negotiation.BottomLineForm();
        line.setMaxAmount(new BigDecimal("100.00"));
        line.setAcceptable(java.util.EnumSet.of(com.claimdesk.negotiation.Resolution.PARTIAL_REFUND));
        negotiation.setBottomLine(caseId, line);
        assertThat(refunds.request(caseId, refund("60.00", "EUR")).status()).isEqualTo(RefundStatus.APPROVED);
        var second = refunds.request(caseId, refund("60.00", "EUR"));
        assertThat(second.beyondBottomLine()).isTrue();
        assertThat(second.status()).isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void accepting_an_offer_moves_an_investigated_case_into_negotiation() {
        String n = com.claimdesk.TestCases.aCase().buyer("Noah Weber", "CH", "de").orderValue("300.00", "USD")
                .open(complaints);
        long id = complaints.get(n).id();
        complaints.changeStatus(n, complaints.get(n).version(), ComplaintStatus.INVESTIGATING);
        var offer = new com.claimdesk.negotiation.NewOffer();
        offer.setProposer(com.claimdesk.negotiation.Proposer.BUYER);
        offer.setResolution(com.claimdesk.negotiation.Resolution.RESHIP_OR_REPLACE);
        var view = negotiation.recordOffer(id, offer, java.time.ZoneOffset.UTC);
        negotiation.answer(view.rounds().getLast().id(), com.claimdesk.negotiation.Answer.ACCEPTED);
        assertThat(complaints.get(n).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
        assertThat(audit.history(id)).anySatisfy(a -> assertThat(a.newValue()).isEqualTo("NEGOTIATING"));
    }

    @Test
    void an_approval_refused_for_lack_of_the_role_is_audited_too() {
        var r = refunds.request(caseId, refund("500", "USD"));
        TestUsers.login(users, "agent2");
        assertThatThrownBy(() -> refunds.approve(r.id(), r.version(), "ok")).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "agent");
        assertThat(audit.history(caseId)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.REFUND_DENIED);
            assertThat(a.field()).isEqualTo("refund.error.role");
            assertThat(a.newValue()).contains("agent2");
        });
    }

    @Test
    void the_requester_may_edit_a_waiting_request_and_the_new_amount_sets_the_level() {
        var r = refunds.request(caseId, refund("500", "USD"));
        var edited = refunds.edit(r.id(), r.version(), refund("2400", "USD"));
        assertThat(edited.requiredLevel()).isEqualTo(ApprovalLevel.LEAD);
        assertThat(edited.amount().amount()).isEqualByComparingTo("2400");
        assertThat(edited.version()).isGreaterThan(r.version());
        TestUsers.login(users, "manager");
        assertThat(refunds.waitingForMe()).extracting(RefundSummary::id).doesNotContain(r.id());
        TestUsers.login(users, "lead");
        // the version the edit returned is the one a decision names
        assertThat(refunds.approve(r.id(), edited.version(), "ok").status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(audit.history(caseId)).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.REFUND_EDITED));
    }

    @Test
    void nobody_but_the_requester_may_edit_a_waiting_request_and_each_refusal_is_audited() {
        var r = refunds.request(caseId, refund("300.00", "EUR"));
        for (String other : List.of("agent2", "manager", "lead")) {
            TestUsers.login(users, other);
            assertThatThrownBy(() -> refunds.edit(r.id(), r.version(), refund("1800.00", "EUR")))
                    .as(other).isInstanceOf(DomainException.class).extracting("messageKey")
                    .isEqualTo("refund.error.notRequester");
        }
        TestUsers.login(users, "agent");
        assertThat(refunds.forCase(caseId)).singleElement().satisfies(x -> {
            assertThat(x.amount().amount()).isEqualByComparingTo("300.00");
            assertThat(x.version()).isEqualTo(r.version());
            assertThat(x.editableBy(users.loadUserByUsername("agent").id())).isTrue();
            assertThat(x.editableBy(users.loadUserByUsername("manager").id())).isFalse();
        });
        assertThat(audit.history(caseId)).filteredOn(a -> a.action() == AuditAction.REFUND_EDIT_DENIED)
                .hasSize(3).allSatisfy(a -> assertThat(a.field()).isEqualTo("refund.error.notRequester"))
                .anySatisfy(a -> assertThat(a.newValue()).contains("edit"));
    }

    @Test
    void an_approver_shown_300_cannot_approve_the_1800_it_became_and_nothing_is_approved() {
        // the agent asks for EUR 300 (324 USD: a manager's approval)
        var asked = refunds.request(caseId, refund("300.00", "EUR"));
        long unreadBefore = notifications.countUnread();
        // the manager opens "Approve EUR 300.00 on CD-..."
        TestUsers.login(users, "manager");
        RefundSummary shown = refunds.waitingForMe().stream().filter(x -> x.id() == asked.id()).findFirst().orElseThrow();
        assertThat(shown.amount().amount()).isEqualByComparingTo("300.00");
        // meanwhile the request is changed to EUR 1,800 (1,944 USD: still a manager's)
        TestUsers.login(users, "agent");
        refunds.edit(asked.id(), asked.version(), refund("1800.00", "EUR"));
        // the manager confirms what they were shown: refused, with the new amount named
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> refunds.approve(shown.id(), shown.version(), "ok"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("refund.error.changed");
                    assertThat(e.arguments()).containsExactly(com.claimdesk.base.Money.of("1800.00", "EUR"));
                });
        assertThatThrownBy(() -> refunds.reject(shown.id(), shown.version(), "too much"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.changed");

        TestUsers.login(users, "agent");
        assertThat(refunds.forCase(caseId)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(RefundStatus.PENDING);
            assertThat(x.decidedBy()).isNull();
            assertThat(x.amount().amount()).isEqualByComparingTo("1800.00");
        });
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
        assertThat(notifications.countUnread()).isEqualTo(unreadBefore);
        assertThat(audit.history(caseId)).noneMatch(a -> a.action() == AuditAction.REFUND_APPROVED);
        assertThat(audit.history(caseId)).filteredOn(a -> a.action() == AuditAction.REFUND_DENIED).hasSize(2)
                .allSatisfy(a -> {
                    assertThat(a.field()).isEqualTo("refund.denied.changed");
                    assertThat(a.newValue()).contains("EUR 1800.00");
                });

        // shown the new amount, the manager decides on it
        TestUsers.login(users, "manager");
        RefundSummary fresh = refunds.waitingForMe().stream().filter(x -> x.id() == asked.id()).findFirst().orElseThrow();
        assertThat(fresh.amount().amount()).isEqualByComparingTo("1800.00");
        var approved = refunds.approve(fresh.id(), fresh.version(), "Whole set broken, photos attached");
        assertThat(approved.status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(approved.amount().amount()).isEqualByComparingTo("1800.00");
    }

    @Test
    void an_edit_of_an_older_version_is_refused_so_a_second_tab_does_not_overwrite_the_first() {
        var r = refunds.request(caseId, refund("500", "USD"));
        refunds.edit(r.id(), r.version(), refund("600", "USD"));
        assertThatThrownBy(() -> refunds.edit(r.id(), r.version(), refund("700", "USD")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.changed");
        assertThat(refunds.forCase(caseId).getFirst().amount().amount()).isEqualByComparingTo("600");
    }

    @Test
    void a_request_a_colleague_edited_before_the_requester_rule_keeps_that_colleague_out_of_the_decision() {
        var r = refunds.request(caseId, refund("500", "USD"));
        long managerId = users.loadUserByUsername("manager").id();
        // as a manager's edit was stored before only requesters could edit
        jdbc.update("UPDATE refund_request SET edited_by_id = ? WHERE id = ?", managerId, r.id());
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> refunds.approve(r.id(), r.version(), "ok"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.editedIt");
    }

    @Test
    void a_request_edited_down_within_the_agent_limit_is_settled_and_the_case_leaves_approval() {
        var r = refunds.request(caseId, refund("500", "USD"));
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
        var edited = refunds.edit(r.id(), r.version(), refund("150", "USD"));
        assertThat(edited.status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
        assertThatThrownBy(() -> refunds.edit(r.id(), edited.version(), refund("160", "USD")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.alreadyDecided");
    }

    @Test
    void the_requester_is_notified_of_the_decision() {
        var r = refunds.request(caseId, refund("300", "USD"));
        long unreadBefore = notifications.countUnread();
        TestUsers.login(users, "manager");
        refunds.reject(r.id(), r.version(), "Photos show wear from use");
        TestUsers.login(users, "agent");
        assertThat(notifications.countUnread()).isEqualTo(unreadBefore + 1);
        var mine = notifications.mine().getFirst();
        assertThat(mine.kind()).isEqualTo(com.claimdesk.notification.NotificationKind.REFUND_REJECTED);
        assertThat(mine.caseNumber()).isEqualTo(caseNumber);
        assertThat(mine.args()).contains(caseNumber, "Photos show wear from use");
        notifications.markRead(mine.id());
        assertThat(notifications.countUnread()).isEqualTo(unreadBefore);
        // nobody else sees it, nor can mark it
        TestUsers.login(users, "agent2");
        assertThat(notifications.mine()).noneMatch(n -> n.id() == mine.id());
        assertThatThrownBy(() -> notifications.markRead(mine.id()))
                .isInstanceOf(com.claimdesk.base.NotFoundException.class);
    }

    @Test
    void a_manager_cannot_approve_their_own_request_and_the_refusal_is_audited() {
        TestUsers.login(users, "manager");
        var r = refunds.request(caseId, refund("500", "USD"));
        assertThatThrownBy(() -> refunds.approve(r.id(), r.version(), "ok"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.ownRequest");
        assertThat(refunds.forCase(caseId).getFirst().status()).isEqualTo(RefundStatus.PENDING);
        assertThat(audit.history(caseId)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.REFUND_DENIED);
            assertThat(a.field()).isEqualTo("refund.error.ownRequest");
        });
    }

    @Test
    void above_the_manager_limit_only_a_lead_may_approve() {
        var r = refunds.request(caseId, refund("2500", "USD"));
        assertThat(r.requiredLevel()).isEqualTo(ApprovalLevel.LEAD);
        TestUsers.login(users, "manager");
        assertThat(refunds.waitingForMe()).extracting(RefundSummary::id).doesNotContain(r.id());
        assertThatThrownBy(() -> refunds.approve(r.id(), r.version(), "ok"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.level");
        TestUsers.login(users, "lead");
        assertThat(refunds.waitingForMe()).extracting(RefundSummary::id).contains(r.id());
        var approved = refunds.approve(r.id(), r.version(), "Carrier damage confirmed");
        assertThat(approved.status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("Liu Yang 刘洋");
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
    }

    @Test
    void a_rejection_needs_a_reason_and_a_decision_is_taken_once() {
        var r = refunds.request(caseId, refund("300", "USD"));
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> refunds.reject(r.id(), r.version(), " "))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.rejectReason");
        refunds.reject(r.id(), r.version(), "Photos show the damage was caused after delivery");
        TestUsers.login(users, "lead");
        assertThatThrownBy(() -> refunds.approve(r.id(), r.version(), "ok"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.alreadyDecided");
    }

    @Test
    void of_two_approvals_at_the_same_time_exactly_one_wins() throws Exception {
        var r = refunds.request(caseId, refund("800", "USD"));
        var manager = authOf("manager");
        var lead = authOf("lead");
        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var who : List.of(manager, lead)) {
                outcomes.add(pool.submit(() -> {
                    var ctx = SecurityContextHolder.createEmptyContext();
                    ctx.setAuthentication(who);
                    SecurityContextHolder.setContext(ctx);
                    start.await();
                    try {
                        refunds.approve(r.id(), r.version(), "ok");
                        return "approved";
                    } catch (DomainException e) {
                        return e.messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (var f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).containsExactlyInAnyOrder("approved", "refund.error.alreadyDecided");
        }
    }

    @Test
    void two_refunds_asked_for_at_the_same_moment_are_judged_together_not_each_alone() throws Exception {
        // 150 + 150 is above the agent limit of 200: whichever comes second needs a manager
        var agent = authOf("agent");
        var start = new CountDownLatch(1);
        List<Future<RefundSummary>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    var ctx = SecurityContextHolder.createEmptyContext();
                    ctx.setAuthentication(agent);
                    SecurityContextHolder.setContext(ctx);
                    start.await();
                    try {
                        return refunds.request(caseId, refund("150.00", "USD"));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<RefundStatus> statuses = new ArrayList<>();
            for (var f : outcomes) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(RefundStatus.APPROVED, RefundStatus.PENDING);
        }
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
    }

    private org.springframework.security.core.Authentication authOf(String username) {
        var auth = TestUsers.login(users, username);
        TestUsers.login(users, "agent");
        return auth;
    }
}
