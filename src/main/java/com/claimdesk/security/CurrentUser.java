package com.claimdesk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Who is signed in, from Spring Security's context. Works in UI code and in services alike. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ClaimDeskUserDetails> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ClaimDeskUserDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when there is none, which only a programming error can cause behind security. */
    public static ClaimDeskUserDetails require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in ClaimDesk user"));
    }

    public static long id() {
        return require().id();
    }

    /** Replaces the principal in the current security context, e.g. after a password change. */
    static void replace(ClaimDeskUserDetails details) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        var updated = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        updated.setDetails(old == null ? null : old.getDetails());
        SecurityContextHolder.getContext().setAuthentication(updated);
    }
}
