package com.claimdesk.multinode;

import com.claimdesk.Application;
import com.claimdesk.base.DomainException;
import com.claimdesk.importer.ColumnMapping;
import com.claimdesk.importer.FileEncoding;
import com.claimdesk.importer.ImportDefaults;
import com.claimdesk.importer.ImportJob;
import com.claimdesk.importer.ImportJobs;
import com.claimdesk.importer.ImportKind;
import com.claimdesk.importer.ImportRequest;
import com.claimdesk.importer.ImportResult;
import com.claimdesk.importer.ImportRunSummary;
import com.claimdesk.importer.ImportService;
import com.claimdesk.notification.NotificationKind;
import com.claimdesk.notification.Notifier;
import com.claimdesk.notification.ui.NotificationPushProbe;
import com.claimdesk.security.ApiTokenService;
import com.claimdesk.security.NewApiToken;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserBootstrap;
import com.claimdesk.security.UserService;
import com.claimdesk.workspace.ui.PresenceProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes of the real application (two Spring contexts with their own web servers, {@code node-a} and
 * {@code node-b}) on one database in one JVM: what used to be per node is shared
 * (docs/decisions/141-shared-state-across-nodes.md). Presence opened on A is seen on B and leaves or expires; a
 * notification raised on A is pushed to the user's page on B; one API token has one rate-limit budget across both;
 * an import running on A is seen on B and the same file cannot start there. Each test fails with per-node memory.
 * <p>
 * Runs in {@code ./mvnw verify} (failsafe, a JVM of its own: each context installs its own security context
 * strategy, which the test switches to the node it talks to).
 */
class SharedStateMultiNodeIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int API_CAPACITY = 5;

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static SecurityContextHolderStrategy securityA;
    private static SecurityContextHolderStrategy securityB;

    @BeforeAll
    static void startTwoNodes() {
        a = node("node-a");
        securityA = SecurityContextHolder.getContextHolderStrategy();
        b = node("node-b");
        securityB = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        // arguments, which win over application.properties (default properties would not)
        return new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0",
                "--claimdesk.node-name=" + name,
                "--claimdesk.cluster.presence-expiry=3s",
                "--claimdesk.api.rate-limit.capacity=" + API_CAPACITY,
                // no refill worth a request while the test runs
                "--claimdesk.api.rate-limit.period=1h");
    }

    @Test
    void a_case_opened_on_node_a_is_seen_on_node_b_until_its_viewer_leaves_or_their_node_dies() {
        String caseNumber = "CD-2099-" + String.format("%06d", (int) (Math.random() * 1_000_000));
        List<List<String>> seenOnB = new CopyOnWriteArrayList<>();
        var onB = PresenceProbe.open(b, caseNumber, 2, "Chen Jing", seenOnB::add);
        assertThat(seenOnB.getLast()).isEmpty();

        var onA = PresenceProbe.open(a, caseNumber, 1, "Li Wei", others -> { });
        waitUntil(() -> seenOnB.getLast().equals(List.of("Li Wei")), "B's page told that Li Wei on A opened the case");
        assertThat(PresenceProbe.othersViewing(b, caseNumber, 2)).containsExactly("Li Wei");

        onA.remove();
        waitUntil(() -> seenOnB.getLast().isEmpty(), "B's page told that Li Wei left on A");

        // a node that dies says no goodbye: its page's row stays, is no longer refreshed, and expires (3 s here)
        jdbc(a).update("INSERT INTO case_viewer (viewer_id, instance_id, case_number, user_id, user_name, seen_at)"
                        + " VALUES (?, ?, ?, 3, 'Wang Fang', UTC_TIMESTAMP(3))", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), caseNumber);
        waitUntil(() -> seenOnB.getLast().equals(List.of("Wang Fang")), "B sees the viewer of the node about to die");
        long seen = System.nanoTime();
        waitUntil(() -> seenOnB.getLast().isEmpty(), "the dead node's viewer expired");
        assertThat(Duration.ofNanos(System.nanoTime() - seen)).isGreaterThan(Duration.ofSeconds(1));
        onB.remove();
    }

    @Test
    void a_notification_raised_on_node_a_is_pushed_to_the_users_page_on_node_b() {
        long agent = userId(b, "agent");
        AtomicInteger pushedOnB = new AtomicInteger();
        var page = NotificationPushProbe.listen(b, agent, pushedOnB::addAndGet);
        try {
            as(a, "lead", () -> new TransactionTemplate(a.getBean(PlatformTransactionManager.class)).execute(s -> {
                a.getBean(Notifier.class).send(agent, NotificationKind.REFUND_APPROVED, null, null,
                        "notification.refund.approved", "10.00 USD", "CD-2099-000001", "Li Wei", "");
                return null;
            }));
            waitUntil(() -> pushedOnB.get() == 1, "the bell on node B told of one new notification");
        } finally {
            page.remove();
        }
    }

    @Test
    void one_api_token_has_one_rate_limit_budget_across_both_nodes() throws Exception {
        String token = as(a, "admin", () -> {
            var request = new NewApiToken();
            request.setName("multinode " + UUID.randomUUID().toString().substring(0, 8));
            request.setOwnerId(a.getBean(UserBootstrap.class).find("agent").orElseThrow().id());
            request.setRoles(EnumSet.of(Role.AGENT));
            return a.getBean(ApiTokenService.class).create(request).secret();
        });
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < API_CAPACITY; i++) {
            statuses.add(apiCall(i % 2 == 0 ? a : b, token));
        }
        // the whole budget passed the limiter (no such case: 404), spread over both nodes ...
        assertThat(statuses).containsOnly(404);
        // ... and is spent on either node
        assertThat(apiCall(a, token)).isEqualTo(429);
        assertThat(apiCall(b, token)).isEqualTo(429);
    }

    @Test
    void an_import_running_on_node_a_is_seen_on_node_b_which_does_not_start_the_same_file_again() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Path file = Files.createTempFile("multinode-orders", ".csv");
        Files.writeString(file, """
                订单号,平台,下单日期,订单金额,币种,买家,国家,运单号
                M%1$s-1,AliExpress,2025-03-01,10.00,USD,Anna Schmidt,DE,LX1
                M%1$s-2,AliExpress,2025-03-02,20.00,USD,Jean Dupont,FR,LX2
                """.formatted(run), StandardCharsets.UTF_8);
        String name = "orders-" + run + ".csv";
        CountDownLatch runningOnA = new CountDownLatch(1);
        CountDownLatch letAFinish = new CountDownLatch(1);

        ImportJob onA = as(a, "lead", () -> a.getBean(ImportJobs.class).start(request(a, file, name), Locale.ENGLISH,
                (rows, fraction) -> {
                    runningOnA.countDown();
                    await(letAFinish);
                }));
        try {
            assertThat(runningOnA.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("A's import runs").isTrue();

            List<ImportRunSummary> history = as(b, "lead", () -> b.getBean(ImportService.class).recentRuns(10));
            assertThat(history).filteredOn(r -> r.fileName().equals(name)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.outcome()).isEqualTo("RUNNING");
                        assertThat(r.node()).isEqualTo("node-a");
                    });

            ImportJob onB = as(b, "lead", () -> b.getBean(ImportJobs.class).start(request(b, file, name),
                    Locale.ENGLISH, (rows, fraction) -> { }));
            assertThatThrownBy(() -> onB.result().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.error.alreadyRunning");
        } finally {
            letAFinish.countDown();
        }
        ImportResult done = onA.result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(done.created()).isEqualTo(2);

        // once A's import ended the file can run again, on B
        ImportJob again = as(b, "lead", () -> b.getBean(ImportJobs.class).start(request(b, file, name),
                Locale.ENGLISH, (rows, fraction) -> { }));
        assertThat(again.result().get(WAIT.toSeconds(), TimeUnit.SECONDS).unchanged()).isEqualTo(2);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static ImportRequest request(ConfigurableApplicationContext node, Path file, String name) {
        var inspection = node.getBean(ImportService.class).inspect(file, name, FileEncoding.AUTO, ImportKind.ORDERS);
        return new ImportRequest(file, name, FileEncoding.AUTO, new ColumnMapping("", ImportKind.ORDERS,
                inspection.suggested().columns(), ImportDefaults.NONE));
    }

    /**
     * Runs {@code work} against {@code node} signed in as {@code username} (null: nobody). Each context installed its
     * own security context strategy and its beans read that one; the holder's static strategy is the last one
     * installed, so it is switched to the node's before the work (request threads of that node use it too).
     */
    private static <T> T as(ConfigurableApplicationContext node, String username, Supplier<T> work) {
        SecurityContextHolderStrategy strategy = node == a ? securityA : securityB;
        SecurityContextHolder.setContextHolderStrategy(strategy);
        if (username != null) {
            var details = node.getBean(UserService.class).loadUserByUsername(username);
            var context = strategy.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                    details.getAuthorities()));
            strategy.setContext(context);
        }
        try {
            return work.get();
        } finally {
            strategy.clearContext();
        }
    }

    private static int apiCall(ConfigurableApplicationContext node, String token) {
        return as(node, null, () -> {
            try (HttpClient http = HttpClient.newHttpClient()) {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node)
                        + "/api/v1/cases/CD-1999-000001")).header("Authorization", "Bearer " + token).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.headers().firstValue("X-ClaimDesk-Node")).contains(
                        node.getEnvironment().getProperty("claimdesk.node-name"));
                return response.statusCode();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
    }

    private static long userId(ConfigurableApplicationContext node, String username) {
        return node.getBean(UserBootstrap.class).find(username).orElseThrow().id();
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + WAIT + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
