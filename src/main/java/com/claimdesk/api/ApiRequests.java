package com.claimdesk.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/** Which requests are the REST API's: /api and below, also when the container dispatches one of them to an error page. */
final class ApiRequests {

    private ApiRequests() {
    }

    /** A request for /api/**, by its decoded path (as Spring MVC routes it, so "/%61pi/..." counts too). */
    static boolean isApi(HttpServletRequest request) {
        return isApiPath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
    }

    /** The error dispatch (to /error) of a request for /api/**, which the servlet container makes after a sendError. */
    static boolean isApiErrorDispatch(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR
                || !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
            return false;
        }
        String path = UrlPathHelper.defaultInstance.removeSemicolonContent(
                UrlPathHelper.defaultInstance.decodeRequestString(request, uri));
        return isApiPath(path.substring(Math.min(request.getContextPath().length(), path.length())));
    }

    private static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
