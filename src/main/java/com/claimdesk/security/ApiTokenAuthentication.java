package com.claimdesk.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;

/**
 * A request authenticated by an API token: the principal is the token's owner, with the token's roles only (so
 * every service check sees what a user with those roles would be allowed).
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ClaimDeskUserDetails principal;
    private final long tokenId;

    ApiTokenAuthentication(ClaimDeskUserDetails principal, long tokenId) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ClaimDeskUserDetails getPrincipal() {
        return principal;
    }
}
