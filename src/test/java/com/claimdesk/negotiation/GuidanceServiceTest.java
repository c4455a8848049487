package com.claimdesk.negotiation;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.Money;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settlement guidance on the real database, against the hand-computed peers of {@link GuidancePeers}. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceServiceTest {

    @Autowired ApplicationContext ctx;
    @Autowired GuidanceService guidance;
    @Autowired NegotiationService negotiation;
    @Autowired ComplaintService complaints;
    @Autowired UserService users;

    private GuidancePeers peers;

    @BeforeAll
    void finishedPeers() {
        peers = new GuidancePeers(ctx).seed();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long openCase(String orderValue) {
        TestUsers.login(users, "agent");
        return complaints.get(peers.details(orderValue).open(complaints)).id();
    }

    @Test
    void the_peers_of_the_same_product_and_band_give_the_hand_computed_statistics() {
        long id = openCase("150.00");

        var g = guidance.forCase(id, 4).orElseThrow();

        assertThat(g.level()).isEqualTo(PeerLevel.SAME_PRODUCT);
        assertThat(g.peers()).as("not the USD 2 000 case (other band), not the open one, not itself").isEqualTo(4);
        assertThat(g.enough()).isTrue();
        assertThat(g.medianShare()).isEqualByComparingTo("20.0");
        assertThat(g.lowerQuartileShare()).isEqualByComparingTo("12.5");
        assertThat(g.upperQuartileShare()).isEqualByComparingTo("30.0");
        assertThat(g.sharePeers()).isEqualTo(4);
        assertThat(g.medianDays()).isEqualByComparingTo("2.0");
        assertThat(g.medianRounds()).isEqualByComparingTo("1.5");
        assertThat(g.firstRound().cases()).isEqualTo(2);
        assertThat(g.firstRound().medianShare()).isEqualByComparingTo("10.0");
        assertThat(g.manyRounds().cases()).isEqualTo(1);
        assertThat(g.manyRounds().medianShare()).isEqualByComparingTo("45.0");
        assertThat(g.buyerStayed()).isEqualByComparingTo("66.7");
        assertThat(g.buyerStaysKnown()).isEqualTo(3);
        assertThat(g.chargebacks()).isEqualTo(2);
        assertThat(g.chargebacksLost()).as("the full refund").isEqualTo(1);
        assertThat(g.resolutions()).extracting(GuidanceSummary.ResolutionShare::resolution, r -> r.cases(),
                        r -> r.percent().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Resolution.PARTIAL_REFUND, 2, "50.0"),
                        org.assertj.core.groups.Tuple.tuple(Resolution.EXPLANATION_ONLY, 1, "25.0"),
                        org.assertj.core.groups.Tuple.tuple(Resolution.FULL_REFUND, 1, "25.0"));
        assertThat(g.suggested()).as("USD 150.00 × 20 %").isEqualTo(Money.of("30.00", "USD"));
        assertThat(g.suggestedShare()).isEqualByComparingTo("20.0");
    }

    @Test
    void an_order_in_another_currency_finds_its_band_with_the_team_rate() {
        // EUR 150 × 1.08 = USD 162: the same band as the peers' USD 200
        TestUsers.login(users, "agent");
        long id = complaints.get(peers.details("150.00").orderValue("150.00", "EUR").open(complaints)).id();

        var g = guidance.forCase(id, 4).orElseThrow();

        assertThat(g.level()).isEqualTo(PeerLevel.SAME_PRODUCT);
        assertThat(g.peers()).isEqualTo(4);
        assertThat(g.suggested()).as("in the order's currency").isEqualTo(Money.of("30.00", "EUR"));
    }

    @Test
    void too_few_peers_widen_step_by_step_dropping_the_sku_first() {
        long id = openCase("150.00");
        peers.anotherProductsPeer("GDN-OTHER-" + UUID.randomUUID().toString().substring(0, 6));

        var g = guidance.forCase(id, 5).orElseThrow();

        assertThat(g.level()).isEqualTo(PeerLevel.SAME_ORDER_BAND);
        assertThat(g.peers()).isGreaterThanOrEqualTo(5);
        assertThat(g.enough()).isTrue();
    }

    @Test
    void an_order_in_another_band_drops_the_sku_and_the_band() {
        // USD 20 is below 25: the SKU's peers are all in 100–300 or above 1000
        long id = openCase("20.00");

        var g = guidance.forCase(id, 4).orElseThrow();

        assertThat(g.level()).isIn(PeerLevel.SAME_ORDER_BAND, PeerLevel.SAME_MARKETPLACE, PeerLevel.SAME_SUB_REASON,
                PeerLevel.SAME_CATEGORY);
        assertThat(g.level()).isNotEqualTo(PeerLevel.SAME_PRODUCT);
    }

    @Test
    void without_enough_peers_at_the_widest_level_there_are_statistics_but_no_suggestion() {
        long id = openCase("150.00");

        var g = guidance.forCase(id, 1_000_000).orElseThrow();

        assertThat(g.level()).isEqualTo(PeerLevel.SAME_CATEGORY);
        assertThat(g.enough()).isFalse();
        assertThat(g.suggested()).isNull();
    }

    @Test
    void the_bottom_line_records_whether_it_followed_the_suggestion() {
        long followed = openCase("150.00");
        negotiation.setBottomLine(followed, form("30.00", "30.00"));
        var line = negotiation.view(followed).bottomLine();
        assertThat(line.followedSuggestion()).isTrue();
        assertThat(line.suggested()).isEqualTo(Money.of("30.00", "USD"));

        long changed = openCase("150.00");
        negotiation.setBottomLine(changed, form("45.00", "30.00"));
        assertThat(negotiation.view(changed).bottomLine().followedSuggestion()).isFalse();

        long none = openCase("150.00");
        negotiation.setBottomLine(none, form("45.00", null));
        assertThat(negotiation.view(none).bottomLine().followedSuggestion()).as("no suggestion shown").isNull();
        assertThat(negotiation.view(none).bottomLine().suggested()).isNull();
    }

    @Test
    void a_suggestion_with_more_decimals_than_the_currency_is_refused() {
        long id = openCase("150.00");
        assertThatThrownBy(() -> negotiation.setBottomLine(id, form("30.00", "30.001")))
                .hasMessageContaining("decimals");
    }

    @Test
    void only_the_team_sees_the_guidance() {
        long id = openCase("150.00");
        TestUsers.logout();
        assertThatThrownBy(() -> guidance.forCase(id))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private static BottomLineForm form(String max, String suggested) {
        return GuidancePeers.bottomLine(max, suggested);
    }
}
