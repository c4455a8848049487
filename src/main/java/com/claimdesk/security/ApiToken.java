package com.claimdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A credential for another tool (ERP, order system, marketplace connector). It acts as its owner, but only with its
 * own roles; the secret itself is never stored (docs/decisions/031-api-tokens.md).
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_prefix", nullable = false, unique = true, length = 16, updatable = false)
    private String prefix;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String hash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private AppUser owner;

    @Column(nullable = false, length = 64)
    private String roles;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    protected ApiToken() {
    }

    ApiToken(String name, String prefix, String hash, AppUser owner, Set<Role> roles, long createdBy, Instant now,
             Instant expiresAt) {
        this.name = name;
        this.prefix = prefix;
        this.hash = hash;
        this.owner = owner;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    /** Usable now: not revoked, not expired, and its owner may still sign in. */
    boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && owner.isEnabled();
    }

    void revoke(long by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    ApiTokenSummary toSummary() {
        return new ApiTokenSummary(id, name, prefix, owner.getId(), owner.getDisplayName(), roles(), createdAt,
                expiresAt, lastUsedAt, revokedAt);
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getHash() { return hash; }
    AppUser getOwner() { return owner; }
    Instant getLastUsedAt() { return lastUsedAt; }
}
