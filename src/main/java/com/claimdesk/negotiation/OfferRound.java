package com.claimdesk.negotiation;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One round on the ladder.
 *
 * @param amount       null for a resolution without money (an explanation, waiting, a reship)
 * @param shareOfOrder the amount as a percentage of the order value; null without an amount or in another currency
 */
public record OfferRound(long id, Proposer proposer, Resolution resolution, @Nullable Integer waitDays,
                         @Nullable Money amount,
                         @Nullable BigDecimal shareOfOrder, @Nullable String note, Instant proposedAt,
                                 @Nullable String recordedBy, Answer answer,
                         @Nullable Instant answeredAt) {

    public boolean isOpen() {
        return answer == Answer.OPEN;
    }
}
