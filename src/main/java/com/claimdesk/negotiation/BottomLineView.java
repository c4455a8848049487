package com.claimdesk.negotiation;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * The bottom line as the case page shows it.
 *
 * @param shareOfOrder the maximum as a percentage of the order value, or null when it cannot be said
 */
public record BottomLineView(Money maxAmount, BigDecimal shareOfOrder, Set<Resolution> acceptable, Instant setAt,
                             String setBy) {

    public BottomLineView {
        acceptable = Set.copyOf(acceptable);
    }
}
