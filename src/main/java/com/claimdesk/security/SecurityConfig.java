package com.claimdesk.security;

import com.claimdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two layers: Vaadin's view access checker (every view carries {@code @RolesAllowed} or {@code @PermitAll}) and
 * method security on the services, so that hiding a button is never the only guard.
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize only: JSR-250 here would make Spring proxy every view that carries @RolesAllowed, while
// Vaadin's view access checker reads those annotations by itself
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the application's own stylesheet (frontend/styles), needed before sign-in too
                .requestMatchers("/styles/**").permitAll()
                // chart library WebJars (the reports dashboard): Vaadin's defaults would refuse them even signed in
                .requestMatchers("/webjars/**").authenticated()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN_ROLE));
        // a signed-in user who types an address they may not open (or that does not exist) gets a page, not a
        // bare 403 from the browser (docs/decisions/002-shell-package-and-routes.md)
        http.exceptionHandling(e -> e.accessDeniedHandler(new PageAccessDeniedHandler()));
        // by class: Vaadin then reroutes inside the UI instead of reloading the page
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
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
