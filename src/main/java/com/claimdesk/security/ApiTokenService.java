package com.claimdesk.security;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** API tokens, for admins: create (the secret is returned once), list, revoke. */
@Service
@Validated
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Creates a token acting as {@code request.ownerId} with the given roles, which the owner must hold (a token
     * never lends rights its owner does not have). Returns the secret, which is stored only as a hash.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiToken create(@Valid @NotNull NewApiToken request) {
        AppUser owner = users.findById(request.getOwnerId()).orElseThrow(() -> new NotFoundException(
                "user.error.notFound", "No user " + request.getOwnerId()));
        if (!owner.isEnabled()) {
            throw new DomainException("apiToken.error.ownerDisabled", "Owner " + owner.getUsername() + " is disabled",
                    owner.getDisplayName());
        }
        Set<Role> held = Role.effective(owner.getRoles());
        if (!held.containsAll(request.getRoles())) {
            Set<Role> missing = EnumSet.copyOf(request.getRoles());
            missing.removeAll(held);
            throw new DomainException("apiToken.error.roleNotHeld", "Owner " + owner.getUsername() + " lacks " + missing,
                    owner.getDisplayName());
        }
        TokenSecrets.Generated secret = TokenSecrets.generate();
        Instant now = clock.instant();
        Instant expires = request.getExpiresOn() == null ? null
                : request.getExpiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var token = tokens.save(new ApiToken(request.getName(), secret.prefix(), secret.hash(), owner,
                request.getRoles(), CurrentUser.id(), now, expires));
        log.info("API token {} ({}) for {} with roles {} created by {}", token.getId(), request.getName(),
                owner.getUsername(), request.getRoles(), CurrentUser.require().getUsername());
        return new CreatedApiToken(token.getId(), secret.secret());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiTokenSummary> list() {
        return tokens.findAllForAdmin().stream().map(ApiToken::toSummary).toList();
    }

    /** Revokes at once: the next request with this token is refused. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("apiToken.error.notFound",
                "No API token " + tokenId));
        token.revoke(CurrentUser.id(), clock.instant());
        log.info("API token {} ({}) revoked by {}", tokenId, token.getName(), CurrentUser.require().getUsername());
    }
}
