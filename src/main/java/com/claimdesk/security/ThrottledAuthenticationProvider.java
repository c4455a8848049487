package com.claimdesk.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form's authentication: throttled per account name and per client address ({@link LoginThrottle}),
 * every attempt audited ({@link LoginAudit}), and one answer for everything that goes wrong. A wrong password, a
 * name nobody has, a disabled account and a throttled attempt all end in the same {@link BadCredentialsException},
 * so the login page says the same and an attacker learns nothing from it. See docs/decisions/075-login-protection.md.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginAudit audit;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, LoginAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * The password check itself, with similar work for every name: an unknown name is still compared against a
     * dummy bcrypt hash (Spring's DaoAuthenticationProvider does that), and a disabled account has its password
     * checked before it is refused, instead of being refused at once, which would tell that it exists.
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName();
        String account = LoginThrottle.accountKey(typed);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!throttle.tryAttempt(account, address)) {
            audit.record(typed, address, LoginAudit.Outcome.THROTTLED);
            throw new BadCredentialsException(REFUSED);
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException e) {
            // the database failed, not the user: no verdict, no audit line claiming one
            throw e;
        } catch (AuthenticationException e) {
            audit.record(typed, address, LoginAudit.Outcome.FAILURE);
            throw new BadCredentialsException(REFUSED, e);
        }
        if (result == null) {
            audit.record(typed, address, LoginAudit.Outcome.FAILURE);
            throw new BadCredentialsException(REFUSED);
        }
        throttle.succeeded(account, address);
        audit.record(typed, address, LoginAudit.Outcome.SUCCESS);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
