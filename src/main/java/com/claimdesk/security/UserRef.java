package com.claimdesk.security;

/** A user as pickers and grids show it: enough to name them, nothing more. */
public record UserRef(long id, String displayName) {
}
