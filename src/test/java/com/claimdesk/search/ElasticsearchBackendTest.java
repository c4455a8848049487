package com.claimdesk.search;

import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.security.Role;
import com.claimdesk.security.SystemActor;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserService;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every test of {@link CaseSearchTest}, on the Elasticsearch backend against a real OpenSearch node
 * ({@link OpenSearchTestNode}) instead of the Lucene index: the index is created on the cluster with the app's
 * analysers (which split words as the Lucene backend's do), follows writes, ranks, highlights, finds 海关 in 海关扣货,
 * identifiers by their start, counts facets and is rebuilt. Runs in a JVM of its own (profile opensearch-test), so
 * its application context never meets the Lucene one; named with {@code -Dtest} it is skipped in the other tests'
 * JVM, which has no node to start.
 */
@EnabledIfSystemProperty(named = OpenSearchTestNode.BUILD_PROPERTY, matches = ".+")
// a JVM of its own pays for its own start: no server (nothing here goes through HTTP) and no demo cases (the three
// hundred of them take longer to write than every test here takes to run); the tests make their own cases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@TestPropertySource(properties = {"claimdesk.search.backend=elasticsearch", "claimdesk.demo=false"})
class ElasticsearchBackendTest extends CaseSearchTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        OpenSearchTestNode.start(); // boots while the context starts
        registry.add("claimdesk.search.uris", OpenSearchTestNode::address);
    }

    /** The users {@link CaseSearchTest} signs in as and a case in the index, which demo mode would have made. */
    @BeforeAll
    static void usersAndACase(@Autowired UserBootstrap bootstrap, @Autowired UserService users,
                              @Autowired ComplaintService complaints, @Autowired CaseIndex index) {
        SystemActor.run(() -> {
            bootstrap.createIfMissing("agent", "Agent", null, "secret-password", EnumSet.of(Role.AGENT), false);
            bootstrap.createIfMissing("admin", "Admin", null, "secret-password", EnumSet.of(Role.ADMIN), false);
            bootstrap.createIfMissing("lead", "Lead", null, "secret-password", EnumSet.of(Role.LEAD), false);
        });
        TestUsers.login(users, "agent");
        try {
            complaints.open(TestCases.aCase().build());
        } finally {
            TestUsers.logout();
        }
        await().atMost(30, TimeUnit.SECONDS).until(() -> index.documents() > 0);
    }

    @Test
    void the_index_on_the_cluster_analyses_as_the_lucene_backend_does() throws Exception {
        assertThat(get("/").path("version").path("distribution").asString()).isEqualTo("opensearch");
        List<String> samples = List.of("海关扣货 DAMAGED photos", "The buyer's parcels were damaged",
                "Müller Häuser Straße", "l'emballage abîmé, qu'il a reçu", "los paquetes dañados llegaron", "Jürgen 王小明 ＡＢＣ",
                "IMG_2034-final.JPG unboxing_video.mp4");
        try (var lucene = luceneMapping()) {
            var analysers = lucene.backend().unwrap(LuceneBackend.class);
            for (String analyser : List.of(Analysis.TEXT, Analysis.EUROPEAN, Analysis.NAME, Analysis.FILE_NAME)) {
                Analyzer same = analysers.analyzer(analyser).orElseThrow();
                for (String sample : samples) {
                    assertThat(tokens("analyzer", analyser, sample)).as(analyser + ": " + sample)
                            .isEqualTo(AnalyzerTokens.tokens(same, sample));
                }
            }
            Analyzer identifier = analysers.normalizer(Analysis.IDENTIFIER).orElseThrow();
            for (String sample : List.of("ORD-Ärger-42", "LP00123456CN", "SKU-Ç7")) {
                assertThat(tokens("normalizer", Analysis.IDENTIFIER, sample)).as(sample)
                        .isEqualTo(AnalyzerTokens.tokens(identifier, sample)).hasSize(1);
            }
        }
        assertThat(tokens("analyzer", Analysis.TEXT, "海关扣货")).containsExactly("海关@0", "关扣@1", "扣货@2");
        assertThat(tokens("analyzer", Analysis.CHINESE, "海关扣货"))
                .as("cjk pairs: smartcn would need a plugin on the cluster").contains("海关@0");
    }

    /** On the cluster: no size on disk is asked for, and the documents are counted there. */
    @Override
    protected void theRebuiltIndexIsWhereTheBackendKeepsIt(IndexStatus done) throws Exception {
        assertThat(done.backend()).isEqualTo("elasticsearch");
        assertThat(done.sizeBytes()).as("the cluster's size is not asked for").isEqualTo(-1);
        assertThat(get("/" + CaseDocument.INDEX + "-read/_count").path("count").asLong())
                .as("the documents are on the cluster").isEqualTo(done.cases());
    }

    /** The same document on the Lucene backend, in memory: its analysers are the reference. */
    private static CloseableSearchMapping luceneMapping() {
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(CaseDocument.class), MethodHandles.lookup())
                .property("hibernate.search.backend.type", "lucene")
                .property("hibernate.search.backend.directory.type", "local-heap")
                .property("hibernate.search.backend.lucene_version", "9.12.3")
                .property("hibernate.search.backend.analysis.configurer", new Analysis.Lucene())
                .build();
    }

    /** What the cluster's analyser or normaliser ({@code kind}) of the index makes of the text. */
    private static List<String> tokens(String kind, String name, String text) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(java.util.Map.of(kind, name, "text", text));
        JsonNode r = send(HttpRequest.newBuilder(URI.create(OpenSearchTestNode.address() + "/" + CaseDocument.INDEX
                        + "-read/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        List<String> tokens = new ArrayList<>();
        r.path("tokens").forEach(t -> tokens.add(t.path("token").asString() + "@" + t.path("position").asInt()));
        return tokens;
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(OpenSearchTestNode.address() + path)).GET().build());
    }

    private static JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(request.uri() + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
