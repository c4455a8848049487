package com.claimdesk.buyer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code claimdesk.buyer-history.*}.
 *
 * @param manyClaims a buyer with this many claims within {@link #window} (the case shown included) is flagged
 * @param window     how far back claims count towards {@link #manyClaims}
 * @param listed     how many of the other cases the case page lists, newest first (all are counted)
 */
@ConfigurationProperties("claimdesk.buyer-history")
public record BuyerHistoryProperties(@DefaultValue("3") int manyClaims, @DefaultValue("365d") Duration window,
                                     @DefaultValue("10") int listed) {

    public BuyerHistoryProperties {
        if (manyClaims < 2) {
            throw new IllegalArgumentException("claimdesk.buyer-history.many-claims must be at least 2");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("claimdesk.buyer-history.window must be positive");
        }
        if (listed < 1 || listed > 100) {
            throw new IllegalArgumentException("claimdesk.buyer-history.listed must be between 1 and 100");
        }
    }
}
