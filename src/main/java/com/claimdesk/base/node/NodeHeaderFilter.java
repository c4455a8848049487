package com.claimdesk.base.node;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Adds {@code X-ClaimDesk-Node: <node name>} to every response, before security runs, so that redirects and the
 * login page carry it too. It names a node, nothing more: no version, no address.
 */
final class NodeHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-ClaimDesk-Node";

    private final String node;

    NodeHeaderFilter(String node) {
        this.node = node;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, node);
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<NodeHeaderFilter> nodeHeaderFilter(NodeIdentity node) {
            var registration = new FilterRegistrationBean<>(new NodeHeaderFilter(node.name()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
