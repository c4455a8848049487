package com.claimdesk.api;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.base.ErrorReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every error of the API as a problem document (RFC 9457) with a translated {@code detail} and a stable
 * {@code code} (the message key) that a client can switch on: 400 for malformed input, 404 for what does not exist,
 * 409 for a concurrent change, 422 for a business rule that said no, 403 for what the token's roles do not allow;
 * 404, 405, 406 and 415 also for requests no endpoint takes ({@link ApiErrorResolver} brings those here).
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Set<String> CONFLICTS = Set.of("complaint.error.stale", "error.concurrentChange");

    private final ApiProblems problems;

    ApiProblemHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiBadRequestException.class)
    ProblemDetail badRequest(ApiBadRequestException e) {
        return domain(HttpStatus.BAD_REQUEST, "bad-request", e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return domain(HttpStatus.NOT_FOUND, "not-found", e);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail rule(DomainException e) {
        if (CONFLICTS.contains(e.messageKey())) {
            return domain(HttpStatus.CONFLICT, "conflict", e);
        }
        return domain(HttpStatus.UNPROCESSABLE_CONTENT, "rule", e);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrent(ObjectOptimisticLockingFailureException e) {
        return problems.problem(HttpStatus.CONFLICT, "conflict", LocaleContextHolder.getLocale(),
                "error.concurrentChange");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "validation", LocaleContextHolder.getLocale(),
                "error.invalidInput");
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> field(v)))
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "bad-request", LocaleContextHolder.getLocale(),
                "api.error.parameter", e.getName(), String.valueOf(e.getValue()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden", LocaleContextHolder.getLocale(),
                "api.error.forbidden");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = ErrorReference.log(e, "Unexpected error in an API request");
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected",
                LocaleContextHolder.getLocale(), "error.unexpected", reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "unreadable", LocaleContextHolder.getLocale(),
                "api.error.unreadable");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.NOT_FOUND, "not-found", LocaleContextHolder.getLocale(),
                "api.error.noSuchAddress");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? ""
                : ex.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        ProblemDetail problem = problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                LocaleContextHolder.getLocale(), "api.error.method", ex.getMethod(), allowed);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.METHOD_NOT_ALLOWED, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                LocaleContextHolder.getLocale(), "api.error.contentType", String.valueOf(ex.getContentType()),
                MediaType.toString(ex.getSupportedMediaTypes()));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                LocaleContextHolder.getLocale(), "api.error.accept", MediaType.toString(ex.getSupportedMediaTypes()));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_ACCEPTABLE, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getDetail() != null && problem.getProperties() == null) {
            // Spring's own problems (405, 415, missing parameter...) keep their detail, and get a code as ours do
            problem.setProperty("code", "http." + statusCode.value());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail domain(HttpStatus status, String type, DomainException e) {
        return problems.problem(status, type, LocaleContextHolder.getLocale(), e.messageKey(), e.arguments());
    }

    /** "open.details.buyerName" becomes "buyerName"; a class-level rule keeps the method's own name. */
    private static String field(ConstraintViolation<?> v) {
        String last = "";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }
}
