package com.claimdesk.security;

import java.time.Instant;
import java.util.Set;

/** A token as the admin's list shows it; the secret is not part of it (it exists only once, at creation). */
public record ApiTokenSummary(long id, String name, String prefix, long ownerId, String ownerName, Set<Role> roles,
                              Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
