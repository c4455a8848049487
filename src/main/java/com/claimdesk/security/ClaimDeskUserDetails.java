package com.claimdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The signed-in user as Spring Security holds it: the stored roles expanded to the ones they include. */
public final class ClaimDeskUserDetails implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final String locale;
    private final List<GrantedAuthority> authorities;

    ClaimDeskUserDetails(AppUser user) {
        this(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(), user.isEnabled(),
                user.isMustChangePassword(), user.getLocale(), authoritiesOf(user));
    }

    private ClaimDeskUserDetails(long id, String username, String displayName, String passwordHash, boolean enabled,
                                 boolean mustChangePassword, Locale locale, List<GrantedAuthority> authorities) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.locale = locale == null ? null : locale.toLanguageTag();
        this.authorities = authorities;
    }

    private static List<GrantedAuthority> authoritiesOf(AppUser user) {
        return Role.effective(user.getRoles()).stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    /**
     * The principal of an API request: the token's owner, named with the token so that the case history says
     * which tool did it, with exactly {@code roles} (already expanded and cut to what the owner holds).
     */
    static ClaimDeskUserDetails forApiToken(AppUser owner, String tokenName, java.util.Set<Role> roles) {
        String name = owner.getDisplayName() + " (API: " + tokenName + ")";
        if (name.length() > 120) {
            name = name.substring(0, 119) + "…";
        }
        return new ClaimDeskUserDetails(owner.getId(), owner.getUsername(), name, null, owner.isEnabled(), false,
                owner.getLocale(), roles.stream().sorted()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    }

    /** The same principal after the user replaced a one-time password. */
    ClaimDeskUserDetails withPasswordChanged() {
        return new ClaimDeskUserDetails(id, username, displayName, null, enabled, false, locale(), authorities);
    }

    ClaimDeskUserDetails withLocale(Locale newLocale) {
        return new ClaimDeskUserDetails(id, username, displayName, null, enabled, mustChangePassword, newLocale,
                authorities);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable Locale locale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    public boolean hasRole(Role role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
