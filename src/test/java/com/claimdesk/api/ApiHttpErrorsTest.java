package com.claimdesk.api;

import com.claimdesk.HttpTest;
import com.claimdesk.TestUsers;
import com.claimdesk.WebClient;
import com.claimdesk.security.ApiTokenService;
import com.claimdesk.security.NewApiToken;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under /api every answer is JSON, errors are problem documents, and nothing starts a session or sends to the
 * login page, whatever the method, Content-Type, Accept or path. Over real HTTP: the error dispatch and the forward
 * to the Vaadin servlet that a wrong request used to take only happen in a real servlet container.
 */
@HttpTest
class ApiHttpErrorsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    UserBootstrap bootstrap;
    @Autowired
    JsonMapper json;

    private String bearer;
    private WebClient client;

    @BeforeEach
    void token() {
        TestUsers.login(users, "admin");
        try {
            var request = new NewApiToken();
            request.setName("http errors");
            request.setOwnerId(bootstrap.find("agent").orElseThrow().id());
            request.setRoles(EnumSet.of(Role.AGENT));
            bearer = "Bearer " + tokens.create(request).secret();
        } finally {
            TestUsers.logout();
        }
        client = new WebClient(port);
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Location")).as("never a redirect").isEmpty();
        assertThat(WebClient.setCookies(response)).as("never a session").isEmpty();
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isNotBlank();
        return body;
    }

    @Test
    void an_unknown_path_is_a_404_problem_with_or_without_a_token_never_the_app_page() {
        JsonNode missing = problem(client.get("/api/v1/no-such-thing", "Authorization", bearer), 404);
        assertThat(missing.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
        assertThat(missing.get("code").asString()).isEqualTo("api.error.noSuchAddress");
        problem(client.get("/api/v2/cases", "Authorization", bearer, "Accept", "text/html"), 404);
        problem(client.get("/api/no-such-thing"), 401);
    }

    @Test
    void a_wrong_method_is_a_405_problem_naming_the_allowed_ones() {
        HttpResponse<String> delete = client.send("DELETE", "/api/v1/cases", null, "Authorization", bearer);
        assertThat(problem(delete, 405).get("code").asString()).isEqualTo("api.error.method");
        assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET", "POST"));
        problem(client.send("PATCH", "/api/v1/cases/CD-2026-000001", "{}", "Authorization", bearer,
                "Content-Type", "application/json"), 405);
    }

    @Test
    void a_wrong_content_type_is_a_415_problem() {
        HttpResponse<String> form = client.send("POST", "/api/v1/cases", "marketplace=AMAZON", "Authorization", bearer,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(problem(form, 415).get("code").asString()).isEqualTo("api.error.contentType");
        assertThat(form.headers().firstValue("Accept")).hasValueSatisfying(a -> assertThat(a).contains("application/json"));
        problem(client.send("POST", "/api/v1/cases", "hello", "Authorization", bearer,
                "Content-Type", "text/plain"), 415);
    }

    @Test
    void an_accept_header_the_api_cannot_serve_is_a_406_problem() {
        JsonNode csv = problem(client.get("/api/v1/cases", "Authorization", bearer, "Accept", "text/csv"), 406);
        assertThat(csv.get("code").asString()).isEqualTo("api.error.accept");
        problem(client.get("/api/v1/cases", "Authorization", bearer, "Accept", "text/html"), 406);
    }

    @Test
    void an_address_the_firewall_refuses_is_a_problem_too_in_the_callers_language() {
        JsonNode refused = problem(client.get("/api/v1/cases;jsessionid=x", "Authorization", bearer), 400);
        assertThat(refused.get("code").asString()).isEqualTo("api.error.refused");
        JsonNode anonymous = problem(client.get("/api/v1//cases", "Accept-Language", "zh-CN", "Accept", "text/html"), 400);
        assertThat(anonymous.get("detail").asString()).matches(".*\\p{IsHan}.*");
        JsonNode method = problem(client.send("DELETE", "/api/v1/cases", null, "Authorization", bearer,
                "Accept-Language", "zh-CN"), 405);
        assertThat(method.get("detail").asString()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void what_works_stays_json_without_a_session() {
        HttpResponse<String> list = client.get("/api/v1/cases?limit=1", "Authorization", bearer);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(WebClient.setCookies(list)).isEmpty();
        problem(client.get("/api/v1/cases/CD-1999-000001", "Authorization", bearer), 404);
        problem(client.send("POST", "/api/v1/cases", "{not json", "Authorization", bearer,
                "Content-Type", "application/json"), 400);
        problem(client.get("/api/v1/cases"), 401);
        problem(client.get("/api/v1/cases", "Authorization", "Bearer cdk_nothing_here"), 401);
    }
}
