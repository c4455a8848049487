package com.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;

/**
 * A page request that security refuses (an address that is no page, or one the user may not open) is sent to the
 * friendly not-found page; everything else (XHR, API, resources) keeps the plain 403. A login form posted without a
 * valid CSRF token (from another site, or from a login page whose session has expired meanwhile) is sent back to
 * the login page, which asks to sign in again.
 */
class PageAccessDeniedHandler implements AccessDeniedHandler {

    static final String NOT_FOUND_PAGE = "/not-found";
    static final String LOGIN_EXPIRED = "/login?expired";
    private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login")) {
            response.sendRedirect(request.getContextPath() + LOGIN_EXPIRED);
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean pageRequest = "GET".equals(request.getMethod()) && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !request.getRequestURI().startsWith(request.getContextPath() + NOT_FOUND_PAGE);
        if (!pageRequest) {
            fallback.handle(request, response, denied);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + NOT_FOUND_PAGE)
                .queryParam("path", path).encode().build().toUriString());
    }
}
