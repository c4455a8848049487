package com.claimdesk.api;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Problem documents (RFC 9457) in the caller's language ({@code Accept-Language}: Chinese or English), for the
 * controllers' advice and for the security filter, which answers before any controller runs.
 */
@Component
class ApiProblems {

    static final String TYPE_BASE = "https://claimdesk.app/problems/";

    private final MessagesI18NProvider messages;
    private final JsonMapper json;

    ApiProblems(MessagesI18NProvider messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail problem(HttpStatus status, String type, Locale locale, String messageKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(locale, messageKey, args));
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", messageKey);
        return problem;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
