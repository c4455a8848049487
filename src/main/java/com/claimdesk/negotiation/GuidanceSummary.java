package com.claimdesk.negotiation;

import com.claimdesk.base.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a case's finished peers ended, and the bottom line that follows from them. Shares are percentages of each
 * peer's order value (its settlement's total cost in the base currency against its order value converted with the
 * team's current rate); medians and quartiles are MariaDB's PERCENTILE_CONT.
 *
 * @param level           what the peers share with the case (the first level with enough of them)
 * @param peers           how many peers were read (at most {@code claimdesk.guidance.max-peers}, the most recent)
 * @param enough          whether there are at least {@code claimdesk.guidance.min-peers}; only then is there a suggestion
 * @param resolutions     what the peers were given, most frequent first
 * @param sharePeers      peers whose cost share is known (their order currency has a rate)
 * @param buyerStayed     share of the peers whose settlement says the buyer stays a customer, of those where it is said
 * @param buyerStaysKnown peers whose settlement says whether the buyer stays
 * @param chargebacks     peers that received a chargeback; {@code chargebacksLost} those of them settled with a full
 *                        refund or a return and refund (the money went back to the buyer)
 * @param firstRound      peers settled with at most one offer round; {@code manyRounds} with three or more
 * @param suggested       the order value times the median share, in the order's currency; null without enough peers
 */
public record GuidanceSummary(PeerLevel level, int peers, boolean enough, List<ResolutionShare> resolutions,
                              @Nullable BigDecimal medianShare, @Nullable BigDecimal lowerQuartileShare,
                              @Nullable BigDecimal upperQuartileShare, int sharePeers,
                              @Nullable BigDecimal medianDays, @Nullable BigDecimal medianRounds,
                              @Nullable BigDecimal buyerStayed, int buyerStaysKnown, int chargebacks,
                              int chargebacksLost, RoundsGroup firstRound, RoundsGroup manyRounds, Money orderValue,
                              @Nullable Money suggested) {

    public GuidanceSummary {
        resolutions = List.copyOf(resolutions);
    }

    /** The suggested bottom line as a share of the order value (the median share, rounded as shown). */
    public @Nullable BigDecimal suggestedShare() {
        return suggested == null ? null : medianShare;
    }

    /** How many peers got a resolution, and their share of all peers (%). */
    public record ResolutionShare(Resolution resolution, int cases, BigDecimal percent) {
    }

    /** Peers settled after so many offer rounds: how many, and their median cost share (null when none is known). */
    public record RoundsGroup(int cases, @Nullable BigDecimal medianShare) {
    }
}
