package com.claimdesk.security;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Users, their roles and passwords. Everything that changes a user other than oneself needs ADMIN. */
@Service
@Validated
public class UserService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ClaimDeskUserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(ClaimDeskUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> listUsers() {
        return users.findAllOrdered().stream().map(UserSummary::of).toList();
    }

    /** Enabled users who can work cases, for assignment pickers and filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> listCaseWorkers() {
        return users.findAllOrdered().stream()
                .filter(AppUser::isEnabled)
                .filter(u -> Role.effective(u.getRoles()).contains(Role.AGENT))
                .map(u -> new UserRef(u.getId(), u.getDisplayName()))
                .toList();
    }

    /** Creates a user with a one-time password, which is returned once and must be changed at first sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String createUser(@Valid NewUser request) {
        if (users.existsByUsernameIgnoreCase(request.getUsername())) {
            throw new DomainException("user.error.usernameTaken", "Username taken: " + request.getUsername(),
                    request.getUsername());
        }
        String oneTime = generatePassword();
        var user = new AppUser(request.getUsername(), request.getDisplayName(), blankToNull(request.getEmail()),
                passwordEncoder.encode(oneTime), EnumSet.copyOf(request.getRoles()), true, clock.instant());
        users.save(user);
        log.info("User {} created by {} with roles {}", user.getUsername(), actor(), user.getRoles());
        return oneTime;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setRoles(long userId, Set<Role> roles) {
        AppUser user = find(userId);
        boolean wasAdmin = user.getRoles().contains(Role.ADMIN);
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("user.error.noRole", "A user needs at least one role");
        }
        if (wasAdmin && !roles.contains(Role.ADMIN) && user.isEnabled() && users.countEnabledAdmins() <= 1) {
            throw new DomainException("user.error.lastAdmin", "Cannot remove the last admin");
        }
        user.setRoles(EnumSet.copyOf(roles), clock.instant());
        log.info("Roles of {} set to {} by {}", user.getUsername(), roles, actor());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = find(userId);
        if (!enabled) {
            if (CurrentUser.get().map(c -> c.id() == userId).orElse(false)) {
                throw new DomainException("user.error.disableSelf", "An admin cannot disable their own account");
            }
            if (user.getRoles().contains(Role.ADMIN) && user.isEnabled() && users.countEnabledAdmins() <= 1) {
                throw new DomainException("user.error.lastAdmin", "Cannot disable the last admin");
            }
        }
        user.setEnabled(enabled, clock.instant());
        log.info("User {} {} by {}", user.getUsername(), enabled ? "enabled" : "disabled", actor());
    }

    /** Sets a new one-time password and returns it; the user must replace it at the next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long userId) {
        AppUser user = find(userId);
        String oneTime = generatePassword();
        user.resetPassword(passwordEncoder.encode(oneTime), clock.instant());
        log.info("Password of {} reset by {}", user.getUsername(), actor());
        return oneTime;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = find(CurrentUser.id());
        if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw new DomainException("password.error.currentWrong", "Current password does not match");
        }
        requireStrongEnough(newPassword, currentPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        CurrentUser.replace(CurrentUser.require().withPasswordChanged());
        log.info("User {} changed their password", user.getUsername());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(Locale locale) {
        AppUser user = find(CurrentUser.id());
        user.setLocale(locale, clock.instant());
        CurrentUser.replace(CurrentUser.require().withLocale(locale));
    }

    @Transactional(readOnly = true)
    public Optional<UserRef> findRef(long userId) {
        return users.findById(userId).map(u -> new UserRef(u.getId(), u.getDisplayName()));
    }

    static void requireStrongEnough(String newPassword, String currentPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("password.error.tooShort", "Password too short", MIN_PASSWORD_LENGTH);
        }
        if (newPassword.equals(currentPassword)) {
            throw new DomainException("password.error.same", "New password equals the old one");
        }
    }

    /** A random one-time password without look-alike characters (0/O, 1/l/I), easy to read out. */
    public static String generatePassword() {
        var sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user.error.notFound", "No user " + id));
    }

    private static String actor() {
        return CurrentUser.get().map(ClaimDeskUserDetails::getUsername).orElse("system");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
