package com.claimdesk.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * {@code Referrer-Policy} and {@code X-Content-Type-Options} on every answer, and the {@code Content-Security-Policy}
 * on every HTML page: the Vaadin pages (login included), the Swagger UI, error pages. The policy goes only on
 * HTML, where it means something; a PDF or a photo opened in its own tab is shown by the browser itself.
 * <p>
 * Set here, before security and before the forward to Vaadin's servlet, rather than by Spring Security's header
 * writers: those write when the response is committed through their wrapper, which a forwarded Vaadin page never
 * is, so the Vaadin pages went out without them. The HTML check wraps the response and adds the header the moment
 * a content type {@code text/html} is set, which is always before the body. See
 * docs/decisions/075-login-protection.md for the policy and why Vaadin needs {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'} for scripts.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";

    private final String contentSecurityPolicy;
    private final String referrerPolicy;

    SecurityHeadersFilter(String contentSecurityPolicy, String referrerPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.referrerPolicy = referrerPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (StringUtils.hasText(referrerPolicy)) {
            response.setHeader("Referrer-Policy", referrerPolicy);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, StringUtils.hasText(contentSecurityPolicy) ? new HtmlPolicy(response) : response);
    }

    /** An error page is rendered in a dispatch of its own, with the container's response: it gets the policy too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private final class HtmlPolicy extends HttpServletResponseWrapper {

        HtmlPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            applyTo(type);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                applyTo(value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                applyTo(value);
            }
        }

        private void applyTo(String type) {
            if (type != null && type.regionMatches(true, 0, "text/html", 0, 9) && !isCommitted()) {
                super.setHeader(CSP, contentSecurityPolicy);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
                @Value("${claimdesk.security.content-security-policy:}") String contentSecurityPolicy,
                @Value("${claimdesk.security.referrer-policy:same-origin}") String referrerPolicy) {
            var registration = new FilterRegistrationBean<>(
                    new SecurityHeadersFilter(contentSecurityPolicy.strip(), referrerPolicy.strip()));
            // right after the node header, before Spring Security and everything that may answer early
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.addUrlPatterns("/*");
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }
    }
}
