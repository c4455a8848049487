package com.claimdesk.opensearchnode;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Runs one OpenSearch node for the tests:
 * {@code java -cp <classes>:<classpath.txt> com.claimdesk.opensearchnode.OpenSearchNode <home folder>}. It binds HTTP to 127.0.0.1 on a free port, waits until the cluster is at least yellow, then writes
 * {@code http://127.0.0.1:<port>} to {@code <home>/http-address}. It stops when its standard input ends, which
 * happens when the JVM that started it ends, however it ends, so no node is left behind by a killed build.
 * <p>
 * The node is OpenSearch's own {@link Node} with the distribution's modules that the app needs (Netty 4 for HTTP
 * and transport, analysis-common for the analysers, reindex for {@code _delete_by_query}, which Hibernate Search's
 * purge sends) given as classpath plugins, as OpenSearch's own test framework does, but without that framework: its
 * randomized-testing jar on the classpath makes the node ask for a test's random context and fail outside one. The
 * distribution's bootstrap is not used either: it installs a SecurityManager, which Java 24 and later refuse.
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    /** {@link Node}'s constructor that takes classpath plugins is protected. */
    private static final class ClasspathPluginsNode extends Node {
        ClasspathPluginsNode(Settings settings, List<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "claimdesk-test"),
                    plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: OpenSearchNode <home folder>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home);
        Settings settings = Settings.builder()
                .put("cluster.name", "claimdesk-test")
                .put("node.name", "claimdesk-test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // a nearly full disk on a build machine must not turn the test indexes read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new ClasspathPluginsNode(settings,
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
            }
        }, "opensearch-node-stop"));
        node.start();
        node.client().admin().cluster().prepareHealth().setWaitForYellowStatus()
                .setTimeout(TimeValue.timeValueSeconds(60)).get();
        var http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        String address = "http://" + http.getAddress() + ":" + http.getPort();
        Path tmp = home.resolve("http-address.tmp");
        Files.writeString(tmp, address, StandardCharsets.UTF_8);
        Files.move(tmp, home.resolve("http-address"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("OpenSearch " + Version.CURRENT + " at " + address);
        System.out.flush();
        while (System.in.read() != -1) {
            // nothing to read: the end of the stream is the signal
        }
        System.exit(0);
    }
}
