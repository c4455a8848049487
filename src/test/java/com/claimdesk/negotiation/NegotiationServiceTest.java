package com.claimdesk.negotiation;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.Category;
import com.claimdesk.base.Buyer;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class NegotiationServiceTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    NegotiationService negotiation;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;

    private long caseId;

    @BeforeEach
    void openACase() {
        TestUsers.login(users, "agent");
        caseId = openCase("80.00", "USD");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long openCase(String orderValue, String currency) {
        var d = new ComplaintDetails();
        d.setMarketplace(Marketplace.ALIEXPRESS);
        d.setOrderNumber("N-" + UUID.randomUUID());
        d.setOrderDate(LocalDate.now().minusDays(20));
        d.setOrderValue(new BigDecimal(orderValue));
        d.setOrderCurrency(currency);
        d.setBuyer(new Buyer("Hannah Schulz", "DE", null, "de"));
        d.setCategory(Category.NOT_RECEIVED);
        d.setSubReason(SubReason.CUSTOMS_INSPECTION);
        d.setPriority(Priority.NORMAL);
        return complaints.get(complaints.open(d)).id();
    }

    private static BottomLineForm bottomLine(String max, Resolution... acceptable) {
        var form = new BottomLineForm();
        form.setMaxAmount(new BigDecimal(max));
        form.setAcceptable(EnumSet.copyOf(List.of(acceptable)));
        return form;
    }

    private static NewOffer offer(Proposer proposer, Resolution resolution, String amount) {
        var o = new NewOffer();
        o.setProposer(proposer);
        o.setResolution(resolution);
        o.setAmount(amount == null ? null : new BigDecimal(amount));
        return o;
    }

    private NegotiationSummary record(long id, NewOffer offer) {
        return negotiation.recordOffer(id, offer, UTC);
    }

    @Test
    void an_offer_from_us_before_a_bottom_line_is_refused() {
        assertThatThrownBy(() -> record(caseId, offer(Proposer.US, Resolution.PARTIAL_REFUND, "20")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.bottomLineFirst");
        assertThat(negotiation.view(caseId).rounds()).isEmpty();
    }

    @Test
    void a_buyer_offer_may_come_before_the_bottom_line_and_then_our_offer_is_allowed() {
        record(caseId, offer(Proposer.BUYER, Resolution.FULL_REFUND, "80"));
        negotiation.setBottomLine(caseId, bottomLine("40", Resolution.PARTIAL_REFUND));
        var view = record(caseId, offer(Proposer.US, Resolution.PARTIAL_REFUND, "20"));
        assertThat(view.rounds()).extracting(OfferRound::proposer).containsExactly(Proposer.BUYER, Proposer.US);
        assertThat(view.openOffer().proposer()).isEqualTo(Proposer.US);
        assertThat(view.verdict().reasonKey()).isEqualTo("negotiation.verdict.ourOffer");
    }

    @Test
    void the_bottom_line_is_in_the_order_currency_with_its_share_of_the_order() {
        var view = negotiation.setBottomLine(caseId, bottomLine("20", Resolution.PARTIAL_REFUND, Resolution.COUPON));
        assertThat(view.bottomLine().maxAmount().toString()).isEqualTo("USD 20.00");
        assertThat(view.bottomLine().shareOfOrder()).isEqualByComparingTo("25.0");
        assertThat(view.bottomLine().acceptable()).containsExactlyInAnyOrder(Resolution.PARTIAL_REFUND, Resolution.COUPON);
    }

    @Test
    void changing_the_bottom_line_after_offers_needs_a_reason_and_is_audited_with_it() {
        negotiation.setBottomLine(caseId, bottomLine("20", Resolution.PARTIAL_REFUND));
        // before any offer the team may change its mind freely
        negotiation.setBottomLine(caseId, bottomLine("25", Resolution.PARTIAL_REFUND));
        record(caseId, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "40"));

        assertThatThrownBy(() -> negotiation.setBottomLine(caseId, bottomLine("40", Resolution.PARTIAL_REFUND)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.reasonRequired");
        assertThat(negotiation.view(caseId).bottomLine().maxAmount().amount()).isEqualByComparingTo("25");

        var form = bottomLine("40", Resolution.PARTIAL_REFUND, Resolution.COUPON);
        form.setReason("Manager agreed: keep the buyer");
        var view = negotiation.setBottomLine(caseId, form);
        assertThat(view.bottomLine().maxAmount().amount()).isEqualByComparingTo("40");

        var last = audit.history(caseId).stream().filter(r -> r.action() == AuditAction.BOTTOM_LINE_SET).toList()
                .getLast();
        assertThat(last.oldValue()).isEqualTo("USD 25.00 · PARTIAL_REFUND");
        assertThat(last.newValue()).isEqualTo("USD 40.00 · PARTIAL_REFUND, COUPON · Manager agreed: keep the buyer");
    }

    @Test
    void a_new_offer_counters_the_open_one() {
        negotiation.setBottomLine(caseId, bottomLine("30", Resolution.PARTIAL_REFUND));
        record(caseId, offer(Proposer.BUYER, Resolution.FULL_REFUND, "80"));
        var view = record(caseId, offer(Proposer.US, Resolution.PARTIAL_REFUND, "15"));

        assertThat(view.rounds()).extracting(OfferRound::answer).containsExactly(Answer.COUNTERED, Answer.OPEN);
        assertThat(view.rounds().getFirst().answeredAt()).isNotNull();
        assertThat(view.rounds().stream().filter(OfferRound::isOpen)).hasSize(1);
        assertThat(view.openOffer().amount().toString()).isEqualTo("USD 15.00");
        assertThat(view.openOffer().shareOfOrder()).isEqualByComparingTo("18.8");
        assertThat(audit.history(caseId)).extracting(r -> r.action())
                .contains(AuditAction.OFFER_RECORDED, AuditAction.OFFER_ANSWERED);
    }

    @Test
    void an_answered_offer_cannot_be_answered_again() {
        var view = record(caseId, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "20"));
        long id = view.openOffer().id();
        view = negotiation.answer(id, Answer.REJECTED);
        assertThat(view.openOffer()).isNull();
        assertThat(view.rounds().getFirst().answer()).isEqualTo(Answer.REJECTED);

        assertThatThrownBy(() -> negotiation.answer(id, Answer.ACCEPTED))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.alreadyAnswered");
        assertThat(negotiation.view(caseId).rounds().getFirst().answer()).isEqualTo(Answer.REJECTED);
    }

    @Test
    void open_and_countered_are_not_answers_given_by_hand() {
        long id = record(caseId, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "20")).openOffer().id();
        assertThatThrownBy(() -> negotiation.answer(id, Answer.COUNTERED))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.answerNotAllowed");
        assertThatThrownBy(() -> negotiation.answer(id, Answer.OPEN))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.answerNotAllowed");
    }

    @Test
    void a_refund_offer_without_an_amount_and_waiting_without_days_are_refused() {
        assertThatThrownBy(() -> record(caseId, offer(Proposer.BUYER, Resolution.FULL_REFUND, null)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.amountRequired");
        assertThatThrownBy(() -> record(caseId, offer(Proposer.BUYER, Resolution.WAIT_THEN_RESHIP, null)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("negotiation.error.daysRequired");
        var wait = offer(Proposer.BUYER, Resolution.WAIT_THEN_RESHIP, null);
        wait.setWaitDays(7);
        assertThat(record(caseId, wait).openOffer().waitDays()).isEqualTo(7);
    }

    @Test
    void a_buyer_offer_within_the_bottom_line_is_acceptable() {
        negotiation.setBottomLine(caseId, bottomLine("30", Resolution.PARTIAL_REFUND, Resolution.COUPON));
        var view = record(caseId, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "30"));
        assertThat(view.acceptable()).isTrue();
        assertThat(view.verdict().reasonKey()).isEqualTo("negotiation.verdict.acceptable");

        var coupon = record(caseId, offer(Proposer.PLATFORM_ARBITRATION, Resolution.COUPON, null));
        assertThat(coupon.acceptable()).as("a platform offer without money").isTrue();
    }

    @Test
    void a_buyer_offer_above_the_bottom_line_is_not_acceptable() {
        negotiation.setBottomLine(caseId, bottomLine("30", Resolution.PARTIAL_REFUND));
        var view = record(caseId, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "30.01"));
        assertThat(view.acceptable()).isFalse();
        assertThat(view.verdict().reasonKey()).isEqualTo("negotiation.verdict.aboveBottomLine");
        assertThat(view.verdict().reasonArgs()).containsExactly("USD 30.01", "USD 30.00");
    }

    @Test
    void a_buyer_offer_in_another_currency_is_not_acceptable() {
        negotiation.setBottomLine(caseId, bottomLine("30", Resolution.PARTIAL_REFUND));
        var euros = offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "10");
        euros.setCurrency("EUR");
        var view = record(caseId, euros);
        assertThat(view.acceptable()).isFalse();
        assertThat(view.verdict().reasonKey()).isEqualTo("negotiation.verdict.otherCurrency");
        assertThat(view.verdict().reasonArgs()).containsExactly("EUR", "USD");
        assertThat(view.openOffer().shareOfOrder()).as("no share across currencies").isNull();
    }

    @Test
    void a_buyer_offer_with_a_resolution_the_bottom_line_does_not_accept_is_not_acceptable() {
        negotiation.setBottomLine(caseId, bottomLine("30", Resolution.PARTIAL_REFUND));
        var view = record(caseId, offer(Proposer.BUYER, Resolution.RETURN_AND_REFUND, "5"));
        assertThat(view.acceptable()).isFalse();
        assertThat(view.verdict().reasonKey()).isEqualTo("negotiation.verdict.resolutionNotAcceptable");
    }

    @Test
    void a_buyer_offer_waiting_longer_than_the_setting_is_flagged() {
        var fresh = record(caseId, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "10"));
        assertThat(fresh.waitingTooLong()).isFalse();

        var pasted = offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "12");
        pasted.setProposedAt(LocalDateTime.now(UTC).minusHours(30));
        var view = record(caseId, pasted);
        assertThat(view.waitingTooLong()).isTrue();
        assertThat(view.waited().toHours()).isEqualTo(30);
    }

    @Test
    void cases_with_an_acceptable_offer_are_found_in_bulk() {
        long within = caseId;
        negotiation.setBottomLine(within, bottomLine("30", Resolution.PARTIAL_REFUND));
        record(within, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "25"));

        long above = openCase("80.00", "USD");
        negotiation.setBottomLine(above, bottomLine("30", Resolution.PARTIAL_REFUND));
        record(above, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "50"));

        long ours = openCase("80.00", "USD");
        negotiation.setBottomLine(ours, bottomLine("30", Resolution.PARTIAL_REFUND));
        record(ours, offer(Proposer.US, Resolution.PARTIAL_REFUND, "10"));

        long noBottomLine = openCase("80.00", "USD");
        record(noBottomLine, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "1"));

        long accepted = openCase("80.00", "USD");
        negotiation.setBottomLine(accepted, bottomLine("30", Resolution.PARTIAL_REFUND));
        negotiation.answer(record(accepted, offer(Proposer.BUYER, Resolution.PARTIAL_REFUND, "5")).openOffer().id(),
                Answer.ACCEPTED);

        long euros = openCase("70", "EUR");
        negotiation.setBottomLine(euros, bottomLine("30", Resolution.COUPON));
        record(euros, offer(Proposer.PLATFORM_ARBITRATION, Resolution.COUPON, "20"));

        assertThat(negotiation.casesWithAcceptableOffer(List.of(within, above, ours, noBottomLine, accepted, euros)))
                .containsExactlyInAnyOrder(within, euros);
        assertThat(negotiation.casesWithAcceptableOffer(List.of())).isEmpty();
    }
}
