package com.claimdesk.search;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.security.ApiTokenService;
import com.claimdesk.security.NewApiToken;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** A case and a buyer message sent through the REST API are found by the search, like those typed in. */
@IntegrationTest
class SearchFollowsApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    UserBootstrap bootstrap;
    @Autowired
    CaseSearch search;

    private final String run = "zq" + java.util.concurrent.ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "y";

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void a_case_and_a_buyer_message_sent_through_the_api_are_found() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestUsers.login(users, "admin");
        var request = new NewApiToken();
        request.setName("search " + run);
        request.setOwnerId(bootstrap.find("lead").orElseThrow().id());
        request.setRoles(EnumSet.copyOf(Set.of(Role.LEAD)));
        String token = "Bearer " + tokens.create(request).secret();
        String order = "API-" + run;
        assertThat(mvc.perform(put("/api/v1/orders/AMAZON/" + order).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderDate":"2025-04-01","orderValue":120.00,"currency":"EUR","buyerName":"Klaus Weber",
                         "buyerCountry":"DE"}""")).andReturn().getResponse().getStatus()).isEqualTo(201);
        var created = mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"marketplace":"AMAZON","orderNumber":"%s","category":"QUALITY","subReason":"DAMAGED_IN_TRANSIT",
                         "summary":"Screen cracked %s"}""".formatted(order, run))).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String caseNumber = created.getHeader(HttpHeaders.LOCATION).replace("/api/v1/cases/", "");
        assertThat(mvc.perform(post("/api/v1/cases/" + caseNumber + "/messages").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"BUYER_MESSAGE","channel":"EMAIL","body":"Der Bildschirm ist zerbrochen, bitte Erstattung"}""")
        ).andReturn().getResponse().getStatus()).isEqualTo(201);

        TestUsers.login(users, "agent");
        await().pollInSameThread().atMost(20, TimeUnit.SECONDS)
                .until(() -> search.search(SearchQuery.of("zerbrochen " + run, 5)).total() == 1);
        SearchResults r = search.search(SearchQuery.of("Erstattung " + run, 5));
        assertThat(r.hits()).extracting(SearchHit::caseNumber).containsExactly(caseNumber);
        assertThat(r.hits().getFirst().buyerName()).isEqualTo("Klaus Weber");
        assertThat(search.caseIds(order.toLowerCase(java.util.Locale.ROOT), 3)).hasSize(1);
    }
}
