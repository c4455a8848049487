package com.claimdesk.negotiation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code claimdesk.negotiation.*}.
 *
 * @param answerWithin how long a buyer's offer may wait for our answer before the case page warns: buyers who were
 *                     reasonable at first withdraw their offer when the rounds drag on (shared/DOMAIN.md)
 */
@ConfigurationProperties("claimdesk.negotiation")
public record NegotiationProperties(@DefaultValue("24h") Duration answerWithin) {

    public NegotiationProperties {
        if (answerWithin.isNegative() || answerWithin.isZero()) {
            throw new IllegalArgumentException("claimdesk.negotiation.answer-within must be positive");
        }
    }
}
