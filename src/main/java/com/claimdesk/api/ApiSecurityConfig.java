package com.claimdesk.api;

import com.claimdesk.security.ApiTokenAuthenticator;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The API's own filter chain, before the browser's: only {@code /api/**} (and the error dispatches of such
 * requests), stateless, no CSRF (no cookies are involved), bearer tokens only. The OpenAPI description is public, since it describes the API and holds no data;
 * the browser chain (Vaadin, sessions, login page) is left as it is.
 */
@Configuration
class ApiSecurityConfig {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
                                       ApiRateLimiter rateLimiter, ApiProblems problems) throws Exception {
        // also the container's error dispatch of an API request, which would otherwise meet the browser's chain
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        ApiRequests::isApiErrorDispatch))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPENAPI_PATH, OPENAPI_PATH + "/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiErrorDispatchFilter(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(authenticator, rateLimiter, problems),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED,
                                    "unauthenticated", request.getLocale(), "api.error.unauthenticated"));
                        })
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                problems.problem(HttpStatus.FORBIDDEN, "forbidden", request.getLocale(),
                                        "api.error.forbidden"))));
        return http.build();
    }

    @Bean
    OpenAPI claimDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ClaimDesk API").version("v1").description("""
                        Cases, their messages and evidence, and known orders, for the seller's other tools.
                        Authenticate with an API token that an admin creates at /admin/api-tokens:
                        `Authorization: Bearer cdk_...`. A token acts with its own roles (AGENT, MANAGER, LEAD);
                        requests are rate limited per token (429 with Retry-After). Errors are problem documents
                        (RFC 9457) in English or, with Accept-Language: zh, in Chinese."""))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cdk_...")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
