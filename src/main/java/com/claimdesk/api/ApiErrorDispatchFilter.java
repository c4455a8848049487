package com.claimdesk.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * The error dispatch of an API request (the container's answer to a {@code sendError}, for instance Spring
 * Security's firewall refusing an address with ";" or "//" in it) answered as a problem document, right in the
 * API's filter chain. Without it the dispatch reached the browser's chain and its error page, which sends an
 * anonymous caller to the login page. Not a bean, like {@link ApiTokenFilter}: it belongs to the API chain only.
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

    private final ApiProblems problems;

    ApiErrorDispatchFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRequests.isApiErrorDispatch(request);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                && value >= 400 ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        var problem = problems.problem(status, "refused", request.getLocale(), "api.error.refused",
                status.value(), status.getReasonPhrase());
        try {
            problem.setInstance(URI.create(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))));
        } catch (IllegalArgumentException notAnAddress) {
            problem.setInstance(URI.create("/api"));
        }
        problems.write(request, response, problem);
    }
}
