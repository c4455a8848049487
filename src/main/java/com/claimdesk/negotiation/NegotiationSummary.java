package com.claimdesk.negotiation;

import com.claimdesk.base.Money;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the negotiation tab shows of one case.
 *
 * @param bottomLine      null until the team has decided it
 * @param rounds          oldest first
 * @param openOffer       the one offer still waiting for an answer, or null
 * @param verdict         whether the open offer can be taken now, and why (not)
 * @param waitingTooLong  the buyer's open offer has waited for our answer longer than the setting allows
 * @param waited          how long the open offer has waited, or null without an open offer
 */
public record NegotiationSummary(Money orderValue, @Nullable BottomLineSummary bottomLine, List<OfferRound> rounds,
                              @Nullable OfferRound openOffer, NegotiationPolicy.Verdict verdict, boolean waitingTooLong,
                              Duration waited) {

    public NegotiationSummary {
        rounds = List.copyOf(rounds);
    }

    public boolean acceptable() {
        return verdict.acceptable();
    }

    public boolean hasOffers() {
        return !rounds.isEmpty();
    }
}
