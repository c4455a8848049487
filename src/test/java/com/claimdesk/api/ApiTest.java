package com.claimdesk.api;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.security.ApiTokenService;
import com.claimdesk.security.NewApiToken;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The REST API through the whole filter chain (token, rate limit, method security), against the real database. */
@IntegrationTest
class ApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    UserBootstrap bootstrap;
    @Autowired
    JsonMapper json;

    private MockMvc mvc;
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String token(String owner, Role... roles) {
        TestUsers.login(users, "admin");
        try {
            var request = new NewApiToken();
            request.setName("test " + run);
            request.setOwnerId(bootstrap.find(owner).orElseThrow().id());
            request.setRoles(EnumSet.copyOf(Set.of(roles)));
            return tokens.create(request).secret();
        } finally {
            TestUsers.logout();
        }
    }

    private MvcResult call(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request).andReturn();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder jsonPost(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String orderJson(String buyer) {
        return """
                {"orderDate":"2025-04-01","orderValue":120.00,"currency":"EUR","buyerName":"%s","buyerCountry":"DE",
                 "carrier":"DHL","trackingNumber":"JD0001"}""".formatted(buyer);
    }

    @Test
    void without_a_token_the_api_answers_401_with_a_problem_document() throws Exception {
        MvcResult r = call(get("/api/v1/cases"), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat(r.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(r).get("code").asString()).isEqualTo("api.error.unauthenticated");

        MvcResult wrong = call(get("/api/v1/cases"), "cdk_aaaaaaaaaa_not-a-real-secret");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(wrong).get("code").asString()).isEqualTo("api.error.invalidToken");
    }

    @Test
    void a_case_for_a_known_order_is_created_read_listed_and_gets_messages_and_evidence() throws Exception {
        String lead = token("lead", Role.LEAD);
        String agent = token("agent", Role.AGENT);
        String orderNumber = "API" + run;
        assertThat(call(put("/api/v1/orders/AMAZON/" + orderNumber).contentType(MediaType.APPLICATION_JSON)
                .content(orderJson("Klaus Weber")), lead).getResponse().getStatus()).isEqualTo(201);

        MvcResult created = call(jsonPost("/api/v1/cases", """
                {"marketplace":"AMAZON","orderNumber":"%s","category":"QUALITY","subReason":"DAMAGED_IN_TRANSIT",
                 "summary":"Screen cracked","claimedAmount":40}""".formatted(orderNumber)), agent);
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode c = body(created);
        String caseNumber = c.get("caseNumber").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/cases/" + caseNumber);
        assertThat(c.get("buyerName").asString()).isEqualTo("Klaus Weber");
        assertThat(c.get("orderCurrency").asString()).isEqualTo("EUR");
        assertThat(c.get("trackingNumber").asString()).isEqualTo("JD0001");
        assertThat(c.get("status").asString()).isEqualTo("NEW");
        assertThat(c.get("createdBy").asString()).as("a token acts as its user").isEqualTo("Li Wei 李伟");

        JsonNode read = body(call(get("/api/v1/cases/" + caseNumber), agent));
        assertThat(read.get("summary").asString()).isEqualTo("Screen cracked");

        MvcResult message = call(jsonPost("/api/v1/cases/" + caseNumber + "/messages", """
                {"kind":"BUYER_MESSAGE","channel":"EMAIL","body":"The screen is broken.","sentAt":"2025-04-03T08:00:00Z"}"""),
                agent);
        assertThat(message.getResponse().getStatus()).isEqualTo(201);
        call(jsonPost("/api/v1/cases/" + caseNumber + "/messages", """
                {"kind":"NOTE","body":"Synced from the ERP"}"""), agent);
        // deadlines: the team SLA targets came with the case; an A-to-z claim filed yesterday adds the platform date
        JsonNode sla = body(call(get("/api/v1/cases/" + caseNumber + "/deadlines"), agent));
        assertThat(sla.findValuesAsString("kind")).contains("FIRST_RESPONSE", "RESOLUTION_TARGET");
        MvcResult dispute = call(jsonPost("/api/v1/cases/" + caseNumber + "/deadlines",
                "{\"event\":\"A_TO_Z_CLAIM\",\"occurredAt\":\"" + java.time.Instant.now().minusSeconds(86_400) + "\"}"),
                agent);
        assertThat(dispute.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(dispute).findValuesAsString("source")).isNotEmpty().allMatch("RULE"::equals);
        MvcResult neither = call(jsonPost("/api/v1/cases/" + caseNumber + "/deadlines", "{\"note\":\"?\"}"), agent);
        assertThat(neither.getResponse().getStatus()).isEqualTo(400);
        JsonNode thread = body(call(get("/api/v1/cases/" + caseNumber + "/messages"), agent));
        assertThat(thread).hasSize(2);
        assertThat(thread.get(1).get("author").asString()).as("the thread says which tool wrote")
                .isEqualTo("Li Wei 李伟 (API: test " + run + ")");
        assertThat(thread.get(0).get("body").asString()).isEqualTo("The screen is broken.");
        assertThat(thread.get(0).get("sentAt").asString()).isEqualTo("2025-04-03T08:00:00Z");

        MvcResult evidence = call(post("/api/v1/cases/" + caseNumber + "/evidence")
                .param("fileName", "screen.jpg").param("caption", "Cracked screen")
                .contentType(MediaType.IMAGE_JPEG).content(EvidenceSamples.jpeg(320, 240)), agent);
        assertThat(evidence.getResponse().getStatus()).as(evidence.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(body(evidence).get("contentType").asString()).isEqualTo("image/jpeg");
        JsonNode items = body(call(get("/api/v1/cases/" + caseNumber + "/evidence"), agent));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("caption").asString()).isEqualTo("Cracked screen");

        MvcResult refused = call(post("/api/v1/cases/" + caseNumber + "/evidence").param("fileName", "a.jpg")
                .contentType(MediaType.IMAGE_JPEG).content("MZ not an image".getBytes()), agent);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused).get("code").asString()).isEqualTo("evidence.error.type");

        JsonNode order = body(call(get("/api/v1/orders/AMAZON/" + orderNumber), agent));
        assertThat(order.get("cases").get(0).asString()).isEqualTo(caseNumber);
    }

    @Test
    void the_case_list_pages_with_a_cursor_and_filters() throws Exception {
        String agent = token("agent", Role.AGENT);
        Set<String> seen = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            var request = get("/api/v1/cases").param("limit", "5").param("marketplace", "AMAZON");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode body = body(call(request, agent));
            assertThat(body.get("items")).hasSize(5);
            body.get("items").forEach(i -> {
                assertThat(i.get("marketplace").asString()).isEqualTo("AMAZON");
                assertThat(seen.add(i.get("caseNumber").asString())).as("no case twice").isTrue();
            });
            cursor = body.get("nextCursor").asString();
        }
        assertThat(seen).hasSize(15);
        MvcResult bad = call(get("/api/v1/cases").param("cursor", "nonsense!"), agent);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("code").asString()).isEqualTo("api.error.cursor");
    }

    @Test
    void invalid_input_gets_400_with_the_fields_and_unknown_things_404() throws Exception {
        String agent = token("agent", Role.AGENT);
        MvcResult invalid = call(jsonPost("/api/v1/cases", """
                {"marketplace":"AMAZON","orderNumber":"NO-SUCH-%s","category":"QUALITY","subReason":"WRONG_MODEL",
                 "orderValue":-1}""".formatted(run)), agent);
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(invalid);
        assertThat(problem.get("code").asString()).isEqualTo("error.invalidInput");
        var fields = new HashSet<String>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("orderValue", "buyerName", "buyerCountry", "orderDate", "subReasonOfCategory");

        MvcResult zh = call(jsonPost("/api/v1/cases", "{\"marketplace\":\"AMAZON\"}")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"), agent);
        assertThat(body(zh).get("errors").get(0).get("message").asString()).matches(".*\\p{IsHan}.*");

        MvcResult badEnum = call(jsonPost("/api/v1/cases", "{\"marketplace\":\"EBAY\"}"), agent);
        assertThat(badEnum.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badEnum).get("code").asString()).isEqualTo("api.error.unreadable");

        MvcResult missing = call(get("/api/v1/cases/CD-1999-000001"), agent);
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(missing).get("detail").asString()).contains("CD-1999-000001");
        assertThat(call(get("/api/v1/orders/AMAZON/none-" + run), agent).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void a_token_can_do_only_what_its_roles_allow() throws Exception {
        String agent = token("agent", Role.AGENT);
        MvcResult denied = call(put("/api/v1/orders/OTHER/R" + run).contentType(MediaType.APPLICATION_JSON)
                .content(orderJson("Ann")), agent);
        assertThat(denied.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(denied).get("code").asString()).isEqualTo("api.error.forbidden");

        // the lead's token with the agent role only: the lead could, this token cannot
        String narrowed = token("lead", Role.AGENT);
        assertThat(call(put("/api/v1/orders/OTHER/R" + run).contentType(MediaType.APPLICATION_JSON)
                .content(orderJson("Ann")), narrowed).getResponse().getStatus()).isEqualTo(403);

        String lead = token("lead", Role.LEAD);
        MvcResult stored = call(put("/api/v1/orders/OTHER/R" + run).contentType(MediaType.APPLICATION_JSON)
                .content(orderJson("Ann")), lead);
        assertThat(stored.getResponse().getStatus()).isEqualTo(201);
        MvcResult again = call(put("/api/v1/orders/OTHER/R" + run).contentType(MediaType.APPLICATION_JSON)
                .content(orderJson("Ann")), lead);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getHeader("X-Outcome")).isEqualTo("UNCHANGED");
    }

    @Test
    void a_token_never_gets_more_rights_than_its_user() {
        TestUsers.login(users, "admin");
        try {
            var request = new NewApiToken();
            request.setName("too much");
            request.setOwnerId(bootstrap.find("agent").orElseThrow().id());
            request.setRoles(EnumSet.of(Role.LEAD));
            assertThatThrownBy(() -> tokens.create(request)).extracting("messageKey")
                    .isEqualTo("apiToken.error.roleNotHeld");
            request.setRoles(EnumSet.of(Role.ADMIN));
            request.setOwnerId(bootstrap.find("admin").orElseThrow().id());
            assertThatThrownBy(() -> tokens.create(request))
                    .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        } finally {
            TestUsers.logout();
        }
        TestUsers.login(users, "lead");
        try {
            assertThatThrownBy(() -> tokens.list())
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            TestUsers.logout();
        }
    }

    @Test
    void a_revoked_token_is_refused_at_once_and_its_last_use_was_recorded() throws Exception {
        String agent = token("agent", Role.AGENT);
        assertThat(call(get("/api/v1/cases").param("limit", "1"), agent).getResponse().getStatus()).isEqualTo(200);
        TestUsers.login(users, "admin");
        try {
            var summary = tokens.list().stream().filter(t -> agent.contains("_" + t.prefix() + "_")).findFirst()
                    .orElseThrow();
            assertThat(summary.lastUsedAt()).isNotNull();
            tokens.revoke(summary.id());
        } finally {
            TestUsers.logout();
        }
        MvcResult refused = call(get("/api/v1/cases"), agent);
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(refused).get("code").asString()).isEqualTo("api.error.invalidToken");
    }

    @Test
    void each_token_is_rate_limited_on_its_own() throws Exception {
        String busy = token("agent", Role.AGENT);
        String other = token("agent", Role.AGENT);
        int capacity = context.getBean(ApiProperties.class).rateLimit().capacity();
        int passed = 0;
        MvcResult limited = null;
        // the bucket refills evenly over the period, so a few more than its capacity may pass while the loop runs
        for (int i = 0; i < capacity * 2 && limited == null; i++) {
            MvcResult r = call(get("/api/v1/cases/CD-1999-000001"), busy);
            if (r.getResponse().getStatus() == 429) {
                limited = r;
            } else {
                assertThat(r.getResponse().getStatus()).isEqualTo(404);
                passed++;
            }
        }
        assertThat(limited).as("refused within twice the capacity").isNotNull();
        assertThat(passed).isGreaterThanOrEqualTo(capacity);
        assertThat(Integer.parseInt(limited.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(body(limited).get("code").asString()).isEqualTo("api.error.rateLimited");
        assertThat(call(get("/api/v1/cases/CD-1999-000001"), other).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void orders_are_listed_by_last_change_with_a_cursor_to_continue_from() throws Exception {
        String lead = token("lead", Role.LEAD);
        for (int i = 1; i <= 3; i++) {
            call(put("/api/v1/orders/OWN_SHOP/L" + run + "-" + i).contentType(MediaType.APPLICATION_JSON)
                    .content(orderJson("Buyer " + i)), lead);
        }
        Set<String> numbers = new HashSet<>();
        String cursor = null;
        for (int guard = 0; guard < 1000; guard++) {
            var request = get("/api/v1/orders").param("marketplace", "OWN_SHOP").param("limit", "200");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode page = body(call(request, lead));
            page.get("items").forEach(o -> numbers.add(o.get("orderNumber").asString()));
            cursor = page.get("nextCursor").asString();
            if (page.get("items").isEmpty()) {
                break;
            }
        }
        assertThat(numbers).contains("L" + run + "-1", "L" + run + "-2", "L" + run + "-3");
        call(put("/api/v1/orders/OWN_SHOP/L" + run + "-2").contentType(MediaType.APPLICATION_JSON)
                .content(orderJson("Buyer two, renamed")), lead);
        JsonNode changed = body(call(get("/api/v1/orders").param("cursor", cursor), lead));
        assertThat(changed.get("items")).hasSize(1);
        assertThat(changed.get("items").get(0).get("buyerName").asString()).isEqualTo("Buyer two, renamed");
    }

    @Test
    void the_openapi_description_is_public_and_describes_the_endpoints() throws Exception {
        MvcResult r = call(get("/api/v1/openapi.json"), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode doc = body(r);
        assertThat(doc.get("paths").has("/api/v1/cases")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/cases/{caseNumber}/evidence")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/orders/{marketplace}/{orderNumber}")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").get("token").get("scheme").asString())
                .isEqualTo("bearer");
    }
}
