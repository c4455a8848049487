package com.claimdesk.negotiation;

import com.claimdesk.base.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NegotiationPolicyTest {

    private static final Instant PROPOSED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private static OfferRound open(Proposer proposer, Resolution resolution, Money amount) {
        return new OfferRound(1, proposer, resolution, null, amount, null, null, PROPOSED, "Li Wei", Answer.OPEN, null);
    }

    private static BottomLineSummary line(String max, Resolution... acceptable) {
        return new BottomLineSummary(Money.of(max, "USD"), null, Set.of(acceptable), PROPOSED, "Li Wei");
    }

    @Test
    void a_buyer_offer_waiting_longer_than_the_setting_is_flagged() {
        var offer = open(Proposer.BUYER, Resolution.PARTIAL_REFUND, Money.of("10", "USD"));
        assertThat(NegotiationPolicy.waitingTooLong(offer, PROPOSED.plus(DAY), DAY)).isFalse();
        assertThat(NegotiationPolicy.waitingTooLong(offer, PROPOSED.plus(DAY).plusSeconds(1), DAY)).isTrue();
    }

    @Test
    void our_own_or_an_answered_offer_is_never_waiting_for_us() {
        var ours = open(Proposer.US, Resolution.PARTIAL_REFUND, Money.of("10", "USD"));
        assertThat(NegotiationPolicy.waitingTooLong(ours, PROPOSED.plus(Duration.ofDays(5)), DAY)).isFalse();
        var answered = new OfferRound(1, Proposer.BUYER, Resolution.COUPON, null, null, null, null, PROPOSED, "x",
                Answer.REJECTED, PROPOSED);
        assertThat(NegotiationPolicy.waitingTooLong(answered, PROPOSED.plus(Duration.ofDays(5)), DAY)).isFalse();
    }

    @Test
    void an_offer_at_exactly_the_bottom_line_is_acceptable_and_a_cent_more_is_not() {
        var bottom = line("30", Resolution.PARTIAL_REFUND);
        assertThat(NegotiationPolicy.judge(bottom, open(Proposer.BUYER, Resolution.PARTIAL_REFUND,
                Money.of("30.00", "USD"))).acceptable()).isTrue();
        var above = NegotiationPolicy.judge(bottom, open(Proposer.BUYER, Resolution.PARTIAL_REFUND,
                Money.of("30.01", "USD")));
        assertThat(above.acceptable()).isFalse();
        assertThat(above.reasonKey()).isEqualTo("negotiation.verdict.aboveBottomLine");
    }

    @Test
    void without_a_bottom_line_nothing_is_acceptable() {
        var verdict = NegotiationPolicy.judge(null, open(Proposer.BUYER, Resolution.COUPON, null));
        assertThat(verdict.acceptable()).isFalse();
        assertThat(verdict.reasonKey()).isEqualTo("negotiation.verdict.noBottomLine");
    }
}
