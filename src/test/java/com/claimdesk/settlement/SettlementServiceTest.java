package com.claimdesk.settlement;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.NewOffer;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.refund.RefundSummary;
import com.claimdesk.security.UserService;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SettlementServiceTest {

    @Autowired
    SettlementService settlements;
    @Autowired
    ComplaintService complaints;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    RefundService refunds;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    com.claimdesk.base.i18n.MessagesI18NProvider messages;

    private long caseId;
    private String caseNumber;

    @BeforeEach
    void aCaseInNegotiation() {
        TestUsers.login(users, "agent");
        caseNumber = TestCases.aCase().buyer("Emma Schulz", "DE", "de").orderValue("400.00", "EUR").open(complaints);
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
        r.setReason("Partial refund, buyer keeps the lamp");
        return r;
    }

    private static CostLine line(CostKind kind, String amount, String currency) {
        return new CostLine(kind, new BigDecimal(amount), currency, null, null);
    }

    @Test
    void the_proposal_starts_from_the_accepted_offer_and_the_approved_refunds() {
        var offer = new NewOffer();
        offer.setProposer(Proposer.BUYER);
        offer.setResolution(Resolution.PARTIAL_REFUND);
        offer.setAmount(new BigDecimal("120.00"));
        offer.setCurrency("EUR");
        var view = negotiation.recordOffer(caseId, offer, ZoneId.of("UTC"));
        long offerId = view.rounds().getLast().id();
        negotiation.answer(offerId, Answer.ACCEPTED);
        var refund = refunds.request(caseId, refund("120.00", "EUR"));

        var proposal = settlements.proposal(caseId);
        assertThat(proposal.getResolution()).isEqualTo(Resolution.PARTIAL_REFUND);
        assertThat(proposal.getOfferId()).isEqualTo(offerId);
        assertThat(proposal.getCosts()).singleElement().satisfies(l -> {
            assertThat(l.getKind()).isEqualTo(CostKind.REFUND);
            assertThat(l.getRefundRequestId()).isEqualTo(refund.id());
            assertThat(l.getAmount()).isEqualByComparingTo("120.00");
        });
    }

    @Test
    void settling_books_each_line_in_its_currency_with_the_base_total_and_resolves_the_case() {
        var refund = refunds.request(caseId, refund("150.00", "EUR")); // 162 USD: within the agent limit
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setBuyerStays(true);
        form.setFeedback(FeedbackOutcome.REMOVED);
        // the browser says 1.00 for the refund line: the stored 150.00 EUR counts
        form.setCosts(List.of(new CostLine(CostKind.REFUND, new BigDecimal("1.00"), "EUR", refund.id(), null),
                line(CostKind.FREIGHT_BACK, "25.00", "USD"),
                line(CostKind.CUSTOMS_DUTIES, "100.00", "CNY")));
        var saved = settlements.settle(caseId, form);

        // 150 EUR x 1.08 = 162.00; 25.00 USD; 100 CNY x 0.138 = 13.80
        assertThat(saved.baseTotal().amount()).isEqualByComparingTo("200.80");
        assertThat(saved.baseTotal().currencyCode()).isEqualTo("USD");
        assertThat(saved.costs()).extracting(l -> l.amount().amount().stripTrailingZeros().toPlainString())
                .containsExactly("150", "25", "100");
        assertThat(saved.costs().getFirst().rate()).isEqualByComparingTo("1.08");
        assertThat(saved.buyerStays()).isTrue();
        assertThat(saved.feedback()).isEqualTo(FeedbackOutcome.REMOVED);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(audit.history(caseId)).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.SETTLED));

        // a correction replaces the lines, keeps the first day's rates, and is audited as such
        form.setCosts(List.of(line(CostKind.FREIGHT_OUT, "40.00", "USD")));
        var corrected = settlements.settle(caseId, form);
        assertThat(corrected.baseTotal().amount()).isEqualByComparingTo("40.00");
        assertThat(corrected.costs()).hasSize(1);
        assertThat(audit.history(caseId)).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.SETTLEMENT_CHANGED));
    }

    @Test
    void settling_waits_for_a_pending_refund() {
        refunds.request(caseId, refund("900.00", "EUR"));
        var form = new SettlementForm();
        form.setResolution(Resolution.FULL_REFUND);
        assertThatThrownBy(() -> settlements.settle(caseId, form))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.refundPending");
        assertThat(settlements.find(caseId)).isEmpty();
    }

    @Test
    void a_refund_line_must_be_an_approved_refund_of_the_same_case() {
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setCosts(List.of(new CostLine(CostKind.REFUND, new BigDecimal("10"), "USD", 999_999L, null)));
        assertThatThrownBy(() -> settlements.settle(caseId, form))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.refund");
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
    }

    @Test
    void bad_input_is_refused_on_the_server_too() {
        var form = new SettlementForm();
        form.setResolution(null);
        form.setCosts(List.of(line(CostKind.OTHER, "-5", "usd")));
        assertThatThrownBy(() -> settlements.settle(caseId, form)).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations()).hasSize(3));
    }

    @Test
    void closing_requires_root_cause_and_responsibility_and_a_closed_case_keeps_its_settlement() {
        var form = new SettlementForm();
        form.setResolution(Resolution.EXPLANATION_ONLY);
        settlements.settle(caseId, form);
        var resolved = complaints.get(caseNumber);

        assertThatThrownBy(() -> complaints.changeStatus(caseNumber, resolved.version(), ComplaintStatus.CLOSED))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("complaint.close.rootCauseRequired");
        assertThatThrownBy(() -> complaints.close(caseNumber, resolved.version(), new ClosingDetails()))
                .isInstanceOf(ConstraintViolationException.class);

        var closed = complaints.close(caseNumber, resolved.version(),
                new ClosingDetails(RootCause.PACKAGING, Responsibility.SELLER, "Double-box glass lamps"));
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closing().getRootCause()).isEqualTo(RootCause.PACKAGING);
        assertThat(closed.closing().getPreventionNote()).isEqualTo("Double-box glass lamps");
        assertThat(audit.history(caseId)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.FIELD_CHANGED);
            assertThat(a.field()).isEqualTo("rootCause");
        });
        assertThatThrownBy(() -> settlements.settle(caseId, form))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.closed");
    }

    // ---- a refund reaches the buyer only through a refund request (docs/decisions/070-refund-integrity.md) ----

    @Test
    void a_refund_of_eur_5000_typed_into_the_ledger_is_asked_for_and_the_case_is_not_resolved_without_approval() {
        assertThat(refunds.forCase(caseId)).isEmpty();
        var form = new SettlementForm();
        form.setResolution(Resolution.FULL_REFUND);
        form.setCosts(List.of(line(CostKind.FREIGHT_BACK, "25.00", "USD"), line(CostKind.REFUND, "5000.00", "EUR")));

        assertThatThrownBy(() -> settlements.settle(caseId, form))
                .isInstanceOfSatisfying(RefundAwaitsApproval.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("settlement.error.refundAwaitsApproval");
                    assertThat(e.requestedByLine()).containsOnlyKeys(1);
                    assertThat(e.requestedByLine().get(1).status()).isEqualTo(RefundStatus.PENDING);
                });
        // nothing settled, nothing resolved; the refund waits for a team lead (5,400 USD) like any other
        assertThat(settlements.find(caseId)).isEmpty();
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
        var asked = refunds.forCase(caseId).getFirst();
        assertThat(refunds.forCase(caseId)).hasSize(1);
        assertThat(asked.amount()).isEqualTo(com.claimdesk.base.Money.of("5000.00", "EUR"));
        assertThat(asked.requiredLevel()).isEqualTo(com.claimdesk.settings.ApprovalLevel.LEAD);
        assertThat(asked.requestedBy()).isEqualTo("Li Wei 李伟");
        // the reason an approver reads, in the requester's language
        assertThat(asked.reason()).isEqualTo(messages.getTranslation("settlement.refund.reason",
                users.loadUserByUsername("agent").locale()));
        assertThat(audit.history(caseId)).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.REFUND_REQUESTED));

        // saving again while it waits is refused, and asks for nothing more
        var linked = new SettlementForm();
        linked.setResolution(Resolution.FULL_REFUND);
        linked.setCosts(List.of(line(CostKind.FREIGHT_BACK, "25.00", "USD"),
                new CostLine(CostKind.REFUND, new BigDecimal("5000.00"), "EUR", asked.id(), null)));
        assertThatThrownBy(() -> settlements.settle(caseId, linked))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.refundPending");
        assertThat(refunds.forCase(caseId)).hasSize(1);

        // a manager may not approve it (a lead's level), a lead may; then the settlement resolves the case
        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> refunds.approve(asked.id(), asked.version(), "ok"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("refund.error.level");
        TestUsers.login(users, "lead");
        refunds.approve(asked.id(), asked.version(), "Whole order lost, carrier confirms");
        TestUsers.login(users, "agent");
        var saved = settlements.settle(caseId, linked);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);
        // 25.00 + 5,000 EUR x 1.08
        assertThat(saved.baseTotal().amount()).isEqualByComparingTo("5425.00");
        assertThat(saved.costs().get(1).refundRequestId()).isEqualTo(asked.id());
    }

    @Test
    void a_refund_typed_into_the_ledger_within_the_agent_limit_is_recorded_as_a_request_and_settled_at_once() {
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setCosts(List.of(new CostLine(CostKind.REFUND, new BigDecimal("100.00"), "USD", null, "Scratched lid")));
        var saved = settlements.settle(caseId, form);

        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);
        var request = refunds.forCase(caseId).getFirst();
        assertThat(refunds.forCase(caseId)).hasSize(1);
        assertThat(request.status()).isEqualTo(RefundStatus.APPROVED);
        assertThat(request.requiredLevel()).isEqualTo(com.claimdesk.settings.ApprovalLevel.AGENT);
        assertThat(request.reason()).isEqualTo("Scratched lid");
        assertThat(saved.costs()).singleElement().satisfies(l -> assertThat(l.refundRequestId()).isEqualTo(request.id()));
        // corrected later, the line is that request: nothing is asked for a second time
        settlements.settle(caseId, settlements.proposal(caseId));
        assertThat(refunds.forCase(caseId)).hasSize(1);
    }

    @Test
    void refunds_split_into_small_ledger_lines_are_judged_together_and_need_approval() {
        var form = new SettlementForm();
        form.setResolution(Resolution.FULL_REFUND);
        // each within the agent limit of 200 USD, together 450
        form.setCosts(List.of(line(CostKind.REFUND, "150.00", "USD"), line(CostKind.REFUND, "150.00", "USD"),
                line(CostKind.REFUND, "150.00", "USD")));
        assertThatThrownBy(() -> settlements.settle(caseId, form)).isInstanceOf(RefundAwaitsApproval.class);
        assertThat(refunds.forCase(caseId)).extracting(RefundSummary::status)
                .containsExactly(RefundStatus.APPROVED, RefundStatus.PENDING, RefundStatus.PENDING);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AWAITING_APPROVAL);
        assertThat(settlements.find(caseId)).isEmpty();
    }

    @Test
    void a_refund_request_is_booked_once_and_only_as_a_refund() {
        var refund = refunds.request(caseId, refund("100.00", "USD"));
        var twice = new SettlementForm();
        twice.setResolution(Resolution.PARTIAL_REFUND);
        twice.setCosts(List.of(new CostLine(CostKind.REFUND, new BigDecimal("100.00"), "USD", refund.id(), null),
                new CostLine(CostKind.REFUND, new BigDecimal("100.00"), "USD", refund.id(), null)));
        assertThatThrownBy(() -> settlements.settle(caseId, twice))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.refundTwice");
        var asOther = new SettlementForm();
        asOther.setResolution(Resolution.PARTIAL_REFUND);
        asOther.setCosts(List.of(new CostLine(CostKind.OTHER, new BigDecimal("100.00"), "USD", refund.id(), null)));
        assertThatThrownBy(() -> settlements.settle(caseId, asOther))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.refund");
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.NEGOTIATING);
    }

    @Test
    void the_aggregate_refuses_a_refund_line_that_is_no_refund_request() {
        var settlement = new Settlement(caseId, "USD", java.time.Instant.now(), 1L);
        var form = new SettlementForm();
        form.setResolution(Resolution.FULL_REFUND);
        var conversion = new com.claimdesk.settings.Conversion(com.claimdesk.base.Money.of("5000.00", "EUR"),
                com.claimdesk.base.Money.of("5400.00", "USD"), new BigDecimal("1.08"), java.time.LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> settlement.record(form, "USD",
                List.of(new Settlement.BookedLine(CostKind.REFUND, conversion, null, null))))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("settlement.error.refundWithoutRequest");
    }

    @Test
    void a_refund_line_booked_before_the_rule_stays_as_it_was_but_a_resolved_case_cannot_add_one_needing_approval() {
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setCosts(List.of(line(CostKind.FREIGHT_OUT, "30.00", "USD")));
        settlements.settle(caseId, form);
        // as a ledger written before decision 070 holds it: a refund line without a request
        jdbc.update("UPDATE settlement_cost SET kind = 'REFUND' WHERE settlement_id = "
                + "(SELECT id FROM settlement WHERE complaint_id = ?)", caseId);

        var proposal = settlements.proposal(caseId);
        assertThat(proposal.getCosts()).singleElement().satisfies(l -> {
            assertThat(l.getKind()).isEqualTo(CostKind.REFUND);
            assertThat(l.getRefundRequestId()).isNull();
        });
        proposal.setNote("Buyer confirmed receipt of the refund");
        var corrected = settlements.settle(caseId, proposal);
        assertThat(corrected.costs()).singleElement().satisfies(l -> assertThat(l.refundRequestId()).isNull());
        assertThat(refunds.forCase(caseId)).isEmpty();

        var more = settlements.proposal(caseId);
        more.getCosts().add(line(CostKind.REFUND, "5000.00", "EUR"));
        assertThatThrownBy(() -> settlements.settle(caseId, more))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("settlement.error.refundNeedsReopen");
        assertThat(refunds.forCase(caseId)).isEmpty();
        assertThat(settlements.find(caseId).orElseThrow().costs()).hasSize(1);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void every_refund_line_of_the_demo_settlements_is_an_approved_request_decided_within_the_rules() {
        // the demo seeder writes the first 300 cases before any test runs
        String demo = "SELECT id FROM (SELECT id FROM complaint ORDER BY id LIMIT 300) d";
        Integer lines = jdbc.queryForObject("SELECT COUNT(*) FROM settlement_cost sc JOIN settlement s ON s.id = sc.settlement_id"
                + " WHERE sc.kind = 'REFUND' AND s.complaint_id IN (" + demo + ")", Integer.class);
        assertThat(lines).isPositive();
        Integer inconsistent = jdbc.queryForObject("SELECT COUNT(*) FROM settlement_cost sc"
                + " JOIN settlement s ON s.id = sc.settlement_id"
                + " LEFT JOIN refund_request r ON r.id = sc.refund_request_id"
                + " WHERE sc.kind = 'REFUND' AND s.complaint_id IN (" + demo + ")"
                + " AND (r.id IS NULL OR r.complaint_id <> s.complaint_id OR r.status <> 'APPROVED'"
                + "      OR r.amount <> sc.amount OR r.currency <> sc.currency"
                + "      OR (r.required_level <> 'AGENT' AND r.decided_by_id = r.requested_by_id))", Integer.class);
        assertThat(inconsistent).isZero();
        Integer aboveTheAgent = jdbc.queryForObject("SELECT COUNT(*) FROM refund_request r WHERE r.required_level <> 'AGENT'"
                + " AND r.complaint_id IN (" + demo + ")", Integer.class);
        assertThat(aboveTheAgent).as("some demo refunds needed a manager or lead").isPositive();
    }
}
