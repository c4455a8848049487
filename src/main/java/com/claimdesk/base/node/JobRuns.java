package com.claimdesk.base.node;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

/**
 * The {@code job_run} table (V060): one row per run of a scheduled job, stamped with the database's clock (the same
 * clock ShedLock locks with, so nodes whose clocks differ still write comparable times) and this node's name.
 * Each statement commits on its own, outside the job's transaction: a run that fails still shows that it started.
 */
@Component
public class JobRuns {

    /** Rows older than this are deleted when a run starts. */
    static final Duration KEEP = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;

    JobRuns(JdbcTemplate jdbc, NodeIdentity node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** Records the start of a run on this node and returns its id for {@link #finished}. */
    public long started(String jobName) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO job_run (job_name, node, started_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, jobName);
            ps.setString(2, node.name());
            return ps;
        }, keys);
        jdbc.update("DELETE FROM job_run WHERE job_name = ? AND started_at < UTC_TIMESTAMP(6) - INTERVAL ? DAY",
                jobName, KEEP.toDays());
        return keys.getKeyAs(Number.class).longValue();
    }

    public void finished(long runId, String outcome) {
        String text = outcome == null || outcome.length() <= 255 ? outcome : outcome.substring(0, 255);
        jdbc.update("UPDATE job_run SET finished_at = UTC_TIMESTAMP(6), outcome = ? WHERE id = ?", text, runId);
    }
}
