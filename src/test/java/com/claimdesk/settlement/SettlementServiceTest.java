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
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.NewOffer;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
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

    private long caseId;
    private String caseNumber;

    @BeforeEach
    void aCaseInNegotiation() {
        TestUsers.login(users, "agent");
        caseNumber = complaints.open(TestCases.details("Emma Schulz", "DE", "de", "400.00", "EUR",
                SubReason.DAMAGED_IN_TRANSIT));
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
}
