package com.claimdesk.security;

import com.claimdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Two layers: Vaadin's view access checker (every view carries {@code @RolesAllowed} or {@code @PermitAll}) and
 * method security on the services, so that hiding a button is never the only guard. Signing in goes through
 * {@link ThrottledAuthenticationProvider} and needs the CSRF token of the login page
 * (docs/decisions/075-login-protection.md).
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize only: JSR-250 here would make Spring proxy every view that carries @RolesAllowed, while
// Vaadin's view access checker reads those annotations by itself
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, UserService users,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle, LoginAudit audit,
                                            LoginProperties login) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the application's own stylesheet (frontend/styles), needed before sign-in too
                .requestMatchers("/styles/**").permitAll()
                // chart library WebJars (the reports dashboard): Vaadin's defaults would refuse them even signed in
                .requestMatchers("/webjars/**").authenticated()
                // the Swagger UI of the REST API (springdoc): Vaadin's defaults refuse whatever is not a view
                .requestMatchers("/swagger-ui.html", "/swagger-ui/**").authenticated()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN_ROLE));
        // a signed-in user who types an address they may not open (or that does not exist) gets a page, not a
        // bare 403 from the browser (docs/decisions/002-shell-package-and-routes.md)
        http.exceptionHandling(e -> e.accessDeniedHandler(new PageAccessDeniedHandler()));
        // by class: Vaadin then reroutes inside the UI instead of reloading the page. Vaadin's CSRF set-up exempts
        // its own requests (they carry Vaadin's token) and also the login form's post, which then signs in whoever
        // any other site makes the browser post: CSRF is set up here instead, the same minus that exemption. The
        // login page carries the token in its <meta name="_csrf"> tags, and the login form posts it along.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // after Vaadin's configurer, which makes the login view the login page: configured before it, Spring would
        // also switch on its own generated login page
        var clientAddress = new ClientAddress(login.trustedProxies());
        http.formLogin(form -> form.authenticationDetailsSource((HttpServletRequest request) ->
                new WebAuthenticationDetails(clientAddress.of(request), null)));
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                ThrottledAuthenticationProvider.passwordCheck(users, passwordEncoder), throttle, audit)));
        return http.build();
    }

    /**
     * Denied method calls become application events, so that a feature can keep them in its history (a refund
     * decision refused for lack of the role is audited on its case).
     */
    @Bean
    org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(publisher);
    }

    /** bcrypt by default; stored hashes carry their algorithm id, so the default can move on later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
