package com.claimdesk.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * Problem documents also for the errors of /api requests that no API controller handled: a wrong method (405), a
 * Content-Type (415) or Accept header (406) that no endpoint takes, a path that nothing serves (404). Spring raises
 * those while it still looks for the handler, so {@link ApiProblemHandler}, which advises the API's controllers
 * only, never sees them; they used to become a servlet error page, which the browser's security chain answered
 * with a redirect to the login page. Here they get the same documents as every other API error, with the headers
 * that belong to them ({@code Allow}, {@code Accept}).
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

    private final ApiProblemHandler handler;
    private final ApiProblems problems;

    ApiErrorResolver(ApiProblemHandler handler, ApiProblems problems) {
        this.handler = handler;
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object chosen,
                                         Exception ex) {
        if (!ApiRequests.isApi(request) || isApiController(chosen) || response.isCommitted()) {
            return null;
        }
        ProblemDetail problem;
        var headers = new org.springframework.http.HttpHeaders();
        try {
            ResponseEntity<Object> entity = handler.handleException(ex, new ServletWebRequest(request, response));
            headers.addAll(entity.getHeaders());
            problem = entity.getBody() instanceof ProblemDetail detail ? detail
                    : ProblemDetail.forStatus(entity.getStatusCode());
        } catch (Exception notSpringMvc) {
            problem = handler.unexpected(ex);
        }
        try {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            problems.write(request, response, problem);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** Those have their errors handled by {@link ApiProblemHandler} already. */
    private static boolean isApiController(Object chosen) {
        return chosen instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(ApiErrorResolver.class.getPackageName());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
