package com.claimdesk.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code claimdesk.api.*}.
 *
 * @param rateLimit how many requests one token may make: {@code capacity} at once, refilled evenly over
 *                  {@code period}
 */
@ConfigurationProperties("claimdesk.api")
public record ApiProperties(@DefaultValue RateLimit rateLimit) {

    public record RateLimit(@DefaultValue("120") int capacity, @DefaultValue("1m") Duration period) {
    }
}
