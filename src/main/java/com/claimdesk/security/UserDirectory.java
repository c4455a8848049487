package com.claimdesk.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The security module's published reads about users, for the other modules: they keep a user's id and ask here for
 * the name to show, the address to mail or who holds a role (docs/decisions/080-modules.md: entities stay in their
 * module). Reads only; changing users is {@link UserService}'s, guarded.
 */
@Component
public class UserDirectory {

    /** How to reach a user by e-mail, in their language. */
    public record Contact(long id, String displayName, String email, Locale locale, boolean enabled) {
    }

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** Id → name for the given users; an unknown id is left out. One query. */
    @Transactional(readOnly = true)
    public Map<Long, UserRef> refs(Collection<Long> ids) {
        Map<Long, UserRef> refs = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return refs;
        }
        users.findAllById(Set.copyOf(ids)).forEach(u -> refs.put(u.getId(), new UserRef(u.getId(), u.getDisplayName())));
        return refs;
    }

    @Transactional(readOnly = true)
    public Optional<UserRef> ref(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(refs(List.of(id)).get(id));
    }

    @Transactional(readOnly = true)
    public Optional<Contact> contact(long id) {
        return users.findById(id).map(u -> new Contact(u.getId(), u.getDisplayName(), u.getEmail(), u.getLocale(),
                u.isEnabled()));
    }

    /** Whether the user exists and may sign in. */
    @Transactional(readOnly = true)
    public boolean isEnabled(long id) {
        return users.findById(id).map(AppUser::isEnabled).orElse(false);
    }

    /** The enabled users holding any of the roles (as assigned; a lead is listed for MANAGER only if given it). */
    @Transactional(readOnly = true)
    public List<Long> enabledWithAnyRole(Set<Role> roles) {
        return users.enabledIdsWithAnyRole(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }
}
