package com.claimdesk.workspace;

import com.claimdesk.base.node.ClusterSignals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has which case page open, on every node ({@code case_viewer}): the case page's "also open by" reads it, so two
 * people on two nodes see each other. Each node refreshes its own rows ({@link #touch}); a row not refreshed within
 * {@code claimdesk.cluster.presence-expiry} (its node died without saying goodbye) no longer counts and is deleted.
 * Public only for the page in {@code ui}; see docs/decisions/141-shared-state-across-nodes.md.
 */
@Component
public class CaseViewers {

    public record Viewer(long userId, String name) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String instance;
    private final Duration expiry;

    CaseViewers(JdbcTemplate jdbc, ClusterSignals signals,
                @Value("${claimdesk.cluster.presence-expiry:30s}") Duration expiry) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.instance = signals.instance();
        this.expiry = expiry;
    }

    public Duration expiry() {
        return expiry;
    }

    public void enter(String viewerId, String caseNumber, long userId, String name) {
        jdbc.update("INSERT INTO case_viewer (viewer_id, instance_id, case_number, user_id, user_name, seen_at)"
                        + " VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(3))", viewerId, instance, caseNumber, userId,
                name.length() > 200 ? name.substring(0, 200) : name);
    }

    public void leave(String viewerId) {
        jdbc.update("DELETE FROM case_viewer WHERE viewer_id = ?", viewerId);
    }

    /** This node stops: its pages are gone. */
    public void leaveAll() {
        jdbc.update("DELETE FROM case_viewer WHERE instance_id = ?", instance);
    }

    /** This node's pages are still open; rows of nodes that stopped refreshing theirs go. */
    public void touch() {
        jdbc.update("UPDATE case_viewer SET seen_at = UTC_TIMESTAMP(3) WHERE instance_id = ?", instance);
        jdbc.update("DELETE FROM case_viewer WHERE seen_at < UTC_TIMESTAMP(3) - INTERVAL ? MICROSECOND",
                expiry.toNanos() / 1000);
    }

    /** Everyone who has the case open on any node (one entry per page), by name. */
    public List<Viewer> viewers(String caseNumber) {
        return viewers(List.of(caseNumber)).getOrDefault(caseNumber, List.of());
    }

    /** {@link #viewers(String)} of several cases in one query; a case nobody has open is not in the map. */
    public Map<String, List<Viewer>> viewers(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Viewer>> byCase = new HashMap<>();
        var params = new MapSqlParameterSource("cases", caseNumbers).addValue("expiry", expiry.toNanos() / 1000);
        named.query("SELECT case_number, user_id, user_name FROM case_viewer"
                + " WHERE case_number IN (:cases) AND seen_at >= UTC_TIMESTAMP(3) - INTERVAL :expiry MICROSECOND"
                + " ORDER BY user_name, user_id", params, rs -> {
            byCase.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Viewer(rs.getLong(2), rs.getString(3)));
        });
        return byCase;
    }
}
