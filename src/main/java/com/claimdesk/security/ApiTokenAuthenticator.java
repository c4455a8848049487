package com.claimdesk.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a bearer token into an authentication, for the API's filter. Not a service behind {@code @PreAuthorize}:
 * nobody is authenticated yet when it runs. The effective roles are the token's roles, expanded like a user's
 * (LEAD includes MANAGER includes AGENT), and cut down to what the owner holds today.
 */
@Component
public class ApiTokenAuthenticator {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String bearer) {
        Optional<String> prefix = TokenSecrets.prefixOf(bearer);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByPrefix(prefix.get());
        if (found.isEmpty() || !TokenSecrets.matches(bearer, found.get().getHash()) || !found.get().isActive(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Role.effective(token.roles()));
        roles.retainAll(Role.effective(token.getOwner().getRoles()));
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        tokens.touch(token.getId(), now, now.minus(TOUCH_EVERY));
        return Optional.of(new ApiTokenAuthentication(
                ClaimDeskUserDetails.forApiToken(token.getOwner(), token.getName(), roles), token.getId()));
    }
}
