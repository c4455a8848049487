package com.claimdesk.api;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The JSON of orders and cases keeps its flat shape now that the buyer's and the shipment's facts are value
 * objects ({@code @JsonUnwrapped}): the same field names in and out, every one of them read and written, nothing
 * more (no {@code deliveredAfterShipped} from the rule on Shipment), and the OpenAPI description says the same,
 * a new case still needing only its key, category and sub-reason.
 */
@IntegrationTest
class ApiJsonShapeTest {

    private static final List<String> ORDER_FIELDS = List.of("marketplace", "orderNumber", "orderDate", "orderValue",
            "currency", "shippingCost", "buyerName", "buyerCountry", "buyerEmail", "buyerLanguage", "buyerAccount",
            "orderItems", "deliveryAddress", "carrier", "trackingNumber", "shippedOn", "promisedDeliveryOn", "deliveredOn",
            "signerName", "createdAt", "updatedAt", "cases");
    private static final List<String> CASE_FIELDS = List.of("caseNumber", "status", "allowedNext", "marketplace",
            "orderNumber", "orderDate", "orderValue", "orderCurrency", "shippingCost", "claimedAmount",
            "claimedCurrency", "buyerName", "buyerCountry", "buyerEmail", "buyerLanguage", "buyerAccount", "category",
            "subReason",
            "priority", "summary", "tags", "orderItems", "deliveryAddress", "carrier", "trackingNumber", "shippedOn",
            "promisedDeliveryOn", "deliveredOn", "signerName", "assignee", "createdBy", "createdAt", "updatedAt",
            "resolvedAt", "closedAt", "version");

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

    private String token(String owner, Role role) {
        TestUsers.login(users, "admin");
        try {
            var request = new NewApiToken();
            request.setName("shape " + run);
            request.setOwnerId(bootstrap.find(owner).orElseThrow().id());
            request.setRoles(EnumSet.of(role));
            return tokens.create(request).secret();
        } finally {
            TestUsers.logout();
        }
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String token, int status) throws Exception {
        var response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return json.readTree(body);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void an_order_and_a_case_are_read_and_written_with_the_flat_fields_they_always_had() throws Exception {
        String lead = token("lead", Role.LEAD);
        String agent = token("agent", Role.AGENT);
        String number = "SHAPE" + run;
        JsonNode order = call(put("/api/v1/orders/OWN_SHOP/" + number).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderDate":"2025-04-01","orderValue":120.00,"currency":"EUR","shippingCost":9.50,
                         "buyerName":"  Klaus Weber ","buyerCountry":"DE","buyerEmail":"klaus@example.com",
                         "buyerLanguage":"de","buyerAccount":"A3KW0042","orderItems":"2 x lamp","deliveryAddress":"Hauptstr. 1, Berlin",
                         "carrier":"DHL","trackingNumber":"JD0001","shippedOn":"2025-04-02",
                         "promisedDeliveryOn":"2025-04-20","deliveredOn":"2025-04-10","signerName":"Nachbar"}"""),
                lead, 201);
        assertThat(names(order)).containsExactlyInAnyOrderElementsOf(ORDER_FIELDS);
        assertThat(order.get("buyerName").asString()).as("stored stripped").isEqualTo("Klaus Weber");
        assertThat(order.get("buyerLanguage").asString()).isEqualTo("de");
        assertThat(order.get("deliveryAddress").asString()).isEqualTo("Hauptstr. 1, Berlin");
        assertThat(order.get("deliveredOn").asString()).isEqualTo("2025-04-10");
        assertThat(order.get("signerName").asString()).isEqualTo("Nachbar");
        assertThat(order.get("shippingCost").decimalValue()).isEqualByComparingTo("9.5");

        // the case takes the order's facts and lays the given ones over them, field by field
        JsonNode created = call(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
                {"marketplace":"OWN_SHOP","orderNumber":"%s","category":"NOT_RECEIVED",
                 "subReason":"SIGNED_BY_SOMEONE_ELSE","summary":"Not signed by me","claimedAmount":120,
                 "buyerEmail":"klaus.weber@example.com","trackingNumber":"JD0002"}""".formatted(number)), agent, 201);
        assertThat(names(created)).containsExactlyInAnyOrderElementsOf(CASE_FIELDS);
        assertThat(created.get("buyerName").asString()).isEqualTo("Klaus Weber");
        assertThat(created.get("buyerEmail").asString()).isEqualTo("klaus.weber@example.com");
        assertThat(created.get("buyerAccount").asString()).as("the order's account ID comes with it").isEqualTo("A3KW0042");
        assertThat(created.get("trackingNumber").asString()).isEqualTo("JD0002");
        assertThat(created.get("carrier").asString()).isEqualTo("DHL");
        assertThat(created.get("signerName").asString()).isEqualTo("Nachbar");
        assertThat(created.get("promisedDeliveryOn").asString()).isEqualTo("2025-04-20");
        assertThat(created.get("orderCurrency").asString()).isEqualTo("EUR");
        assertThat(created.get("shippingCost").decimalValue()).isEqualByComparingTo("9.5");

        JsonNode read = call(get("/api/v1/orders/OWN_SHOP/" + number), agent, 200);
        assertThat(read.get("cases").get(0).asString()).isEqualTo(created.get("caseNumber").asString());
    }

    @Test
    void a_shipment_rule_broken_in_a_case_is_named_as_before() throws Exception {
        String agent = token("agent", Role.AGENT);
        JsonNode problem = call(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
                {"marketplace":"AMAZON","orderNumber":"NONE-%s","category":"QUALITY","subReason":"WRONG_MODEL",
                 "shippedOn":"2025-04-05","deliveredOn":"2025-04-01"}""".formatted(run)), agent, 400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("deliveredAfterShipped", "buyerName", "buyerCountry");
    }

    @Test
    void the_openapi_description_lists_the_same_flat_fields() throws Exception {
        var response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        JsonNode schemas = json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .get("components").get("schemas");
        assertThat(names(schemas.get("OrderResource").get("properties")))
                .containsExactlyInAnyOrderElementsOf(ORDER_FIELDS);
        assertThat(names(schemas.get("CaseResource").get("properties")))
                .containsExactlyInAnyOrderElementsOf(CASE_FIELDS);
        assertThat(names(schemas.get("OrderInput").get("properties"))).containsExactlyInAnyOrderElementsOf(
                ORDER_FIELDS.stream().filter(f -> !List.of("marketplace", "orderNumber", "createdAt", "updatedAt",
                        "cases").contains(f)).toList());
        assertThat(names(schemas.get("CaseInput").get("properties"))).containsExactlyInAnyOrderElementsOf(
                CASE_FIELDS.stream().filter(f -> !List.of("caseNumber", "status", "allowedNext", "assignee",
                        "createdBy", "createdAt", "updatedAt", "resolvedAt", "closedAt", "version").contains(f))
                        .toList());
        List<String> caseRequired = new ArrayList<>();
        schemas.get("CaseInput").get("required").forEach(r -> caseRequired.add(r.asString()));
        assertThat(caseRequired).as("the known order fills the rest")
                .containsExactlyInAnyOrder("marketplace", "orderNumber", "category", "subReason");
        List<String> orderRequired = new ArrayList<>();
        schemas.get("OrderInput").get("required").forEach(r -> orderRequired.add(r.asString()));
        assertThat(orderRequired).contains("orderDate", "orderValue", "currency", "buyerName", "buyerCountry");
        assertThat(schemas.get("CaseInput").get("properties").get("buyerCountry").get("example").asString())
                .isEqualTo("DE");
        assertThat(schemas.get("OrderInput").get("properties").get("buyerCountry").get("example").asString())
                .isEqualTo("DE");
    }
}
