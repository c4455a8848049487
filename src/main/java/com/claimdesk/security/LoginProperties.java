package com.claimdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Settings under {@code claimdesk.login.*}: how sign-in attempts are throttled and how long they are kept
 * (README, "Signing in"; docs/decisions/075-login-protection.md).
 *
 * @param accountFreeFailures failed attempts on one account name before it is locked
 * @param addressFreeFailures failed attempts from one client address (any names) before it is locked; higher, since
 *                            an office signs in from one address
 * @param firstLock           the first lock; each further failure doubles it
 * @param maxLock             the longest lock
 * @param forgetAfter         a counter starts again at zero after this long without a failure (and without a lock)
 * @param auditKeep           how long attempts stay in the {@code login_audit} table
 * @param trustedProxies      addresses (or CIDR ranges) of reverse proxies whose {@code X-Forwarded-For} is believed;
 *                            empty: the address of the connection counts, the header is ignored
 */
@ConfigurationProperties("claimdesk.login")
public record LoginProperties(@DefaultValue("5") int accountFreeFailures,
                              @DefaultValue("30") int addressFreeFailures,
                              @DefaultValue("30s") Duration firstLock,
                              @DefaultValue("15m") Duration maxLock,
                              @DefaultValue("1h") Duration forgetAfter,
                              @DefaultValue("180d") Duration auditKeep,
                              @DefaultValue List<String> trustedProxies) {

    public LoginProperties {
        if (accountFreeFailures < 1 || addressFreeFailures < 1) {
            throw new IllegalArgumentException("claimdesk.login.*-free-failures must be at least 1");
        }
        if (firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("claimdesk.login.first-lock must be positive and at most max-lock");
        }
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
