package com.claimdesk.importer;

import com.claimdesk.base.node.ClusterSignals;
import com.claimdesk.base.node.NodeIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Imports running on any node, in {@code import_run}: the node that runs one refreshes its {@code heartbeat_at}
 * while it runs, and the file's SHA-256 in {@code running_key} (a unique key) keeps the same file from running twice
 * at once, on this node or another. A run whose heartbeat stopped for {@code claimdesk.cluster.import-expiry} (its node
 * died) counts as failed and frees its file. See docs/decisions/141-shared-state-across-nodes.md.
 */
@Component
class RunningImports {

    /** SQL true for a run that is running now on a live node (columns of {@code import_run r}); one parameter. */
    static final String ALIVE = "(r.running_key IS NOT NULL AND r.heartbeat_at >= UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND)";

    private final JdbcTemplate jdbc;
    private final String instance;
    private final String node;
    private final Duration expiry;

    RunningImports(JdbcTemplate jdbc, ClusterSignals signals, NodeIdentity node,
                   @Value("${claimdesk.cluster.import-expiry:60s}") Duration expiry) {
        this.jdbc = jdbc;
        this.instance = signals.instance();
        this.node = node.name();
        this.expiry = expiry;
        signals.repeat(expiry.dividedBy(4), this::beat);
    }

    String instance() {
        return instance;
    }

    String node() {
        return node;
    }

    long expiryMicros() {
        return expiry.toNanos() / 1000;
    }

    /** The runs of nodes that died while running {@code key} end as failed, so that the file can run again. */
    void releaseDead(String key) {
        jdbc.update("UPDATE import_run SET running_key = NULL, outcome = 'FAILED', finished_at = UTC_TIMESTAMP(6)"
                + " WHERE running_key = ? AND heartbeat_at < UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND", key,
                expiryMicros());
    }

    /** This node's runs are alive. */
    void beat() {
        jdbc.update("UPDATE import_run SET heartbeat_at = UTC_TIMESTAMP(6) WHERE instance_id = ?"
                + " AND running_key IS NOT NULL", instance);
    }

    static String key(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
