package com.claimdesk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, for {@link HttpTest}s: keeps the session cookie it is given (and nothing else),
 * never follows redirects, so that every answer can be looked at as the server sent it.
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String sessionCookie;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(request(path, headers).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the login page (which starts a session) and returns the CSRF token its page carries for the form. */
    public String loginPageToken() {
        HttpResponse<String> page = get("/login", "Accept", "text/html");
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("the login page carries no CSRF token: " + page.body());
        }
        return token.group(1);
    }

    /** Posts the login form as the login page's form does: with its token, in its session. */
    public HttpResponse<String> login(String username, String password) {
        String token = loginPageToken();
        return postForm("/login", formOf(username, password, token));
    }

    public static Map<String, String> formOf(String username, String password, String token) {
        var form = new LinkedHashMap<String, String>();
        form.put("username", username);
        form.put("password", password);
        if (token != null) {
            form.put("_csrf", token);
        }
        return form;
    }

    /** Whether this client's session is signed in: a page that needs it answers instead of sending to /login. */
    public boolean signedIn() {
        HttpResponse<String> page = get("/cases", "Accept", "text/html");
        return page.statusCode() == 200;
    }

    public String sessionCookie() {
        return sessionCookie;
    }

    public void forgetSession() {
        sessionCookie = null;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse(null);
    }

    public static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (sessionCookie != null) {
            builder.header("Cookie", sessionCookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : setCookies(response)) {
                if (cookie.startsWith("JSESSIONID=")) {
                    sessionCookie = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
