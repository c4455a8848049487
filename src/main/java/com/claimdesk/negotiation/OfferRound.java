package com.claimdesk.negotiation;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One round on the ladder.
 *
 * @param amount       null for a resolution without money (an explanation, waiting, a reship)
 * @param shareOfOrder the amount as a percentage of the order value; null without an amount or in another currency
 */
public record OfferRound(long id, Proposer proposer, Resolution resolution, Integer waitDays, Money amount,
                         BigDecimal shareOfOrder, String note, Instant proposedAt, String recordedBy, Answer answer,
                         Instant answeredAt) {

    public boolean isOpen() {
        return answer == Answer.OPEN;
    }
}
