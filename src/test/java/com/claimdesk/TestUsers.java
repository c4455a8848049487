package com.claimdesk;

import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a demo user in for service tests (the security context only; Karibu tests also set the request). */
public final class TestUsers {

    private TestUsers() {
    }

    public static Authentication login(UserService users, String username) {
        ClaimDeskUserDetails details = users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        return auth;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
