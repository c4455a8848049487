package com.claimdesk.api;

import com.claimdesk.security.ApiTokenAuthentication;
import com.claimdesk.security.ApiTokenAuthenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code Authorization: Bearer cdk_...}, puts the token's authentication into the security context for this
 * request only (the API chain is stateless), and spends one unit of the token's rate limit. A request without a
 * token passes on unauthenticated, so that the chain's entry point answers 401; a present but unknown, revoked or
 * expired token is refused here with 401 at once. Not a bean: Spring Boot would otherwise register it for every
 * request of the application, not just the API's.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final ApiRateLimiter rateLimiter;
    private final ApiProblems problems;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, ApiRateLimiter rateLimiter, ApiProblems problems) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> auth = authenticator.authenticate(header.substring(BEARER.length()).trim());
        if (auth.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED, "invalid-token",
                    request.getLocale(), "api.error.invalidToken"));
            return;
        }
        ApiRateLimiter.Probe probe = rateLimiter.tryConsume(auth.get().tokenId());
        response.setHeader("X-RateLimit-Limit", String.valueOf(rateLimiter.capacity()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.remaining()));
        if (!probe.consumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.nanosToWait()) + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problems.write(request, response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    request.getLocale(), "api.error.rateLimited", seconds));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
