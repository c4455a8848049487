package com.claimdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;

/**
 * Creates users at start-up without a signed-in admin: the first admin, and the demo users. Nobody is signed in
 * then: start-up code runs it as the {@link SystemActor}, and nothing else may.
 */
@Component
public class UserBootstrap {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /** Creates the user unless one with that name exists; true when it was created. */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public boolean createIfMissing(String username, String displayName, @Nullable String email, String password,
                                   Set<Role> roles, boolean mustChangePassword) {
        if (users.existsByUsernameIgnoreCase(username)) {
            return false;
        }
        users.save(new AppUser(username, displayName, email, passwordEncoder.encode(password), roles,
                mustChangePassword, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UserRef> find(String username) {
        return users.findByUsernameIgnoreCase(username).map(u -> new UserRef(u.getId(), u.getDisplayName()));
    }
}
