package com.claimdesk.security;

/** A new token and its secret, which is shown to the admin this once and never again. */
public record CreatedApiToken(long id, String secret) {
}
