package com.claimdesk.security;

import java.time.Instant;
import java.util.Set;

/** A user as the admin list shows it. */
public record UserSummary(long id, String username, String displayName, String email, Set<Role> roles,
                          boolean enabled, boolean mustChangePassword, Instant createdAt) {

    static UserSummary of(AppUser u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), Set.copyOf(u.getRoles()),
                u.isEnabled(), u.isMustChangePassword(), u.getCreatedAt());
    }
}
