package com.claimdesk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * The principal of work nobody is signed in for: the deadline job, start-up seeding, the first admin. Public writers
 * that features share ({@code AuditLog}, {@code Notifier}) require a signed-in user or this actor, and the demo seed
 * writers this actor alone, so a page cannot use them past the services' checks. Only jobs and start-up code run as
 * the system (ArchitectureTest keeps views away from it); the history names it "system".
 */
public final class SystemActor {

    public static final String ROLE = "SYSTEM";
    static final String NAME = "system";

    private SystemActor() {
    }

    /** Runs {@code work} as the system and restores the caller's security context afterwards. */
    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
