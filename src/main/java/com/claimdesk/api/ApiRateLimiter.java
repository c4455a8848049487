package com.claimdesk.api;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One token bucket per API token, shared by all nodes: the bucket is a row of {@code api_rate_bucket}, refilled and
 * taken from under its row lock with the database's clock, so requests to any node count against one budget
 * (docs/decisions/141-shared-state-across-nodes.md). The limit protects the nodes and the database from one runaway
 * client; it is not a quota to bill. Costs one short transaction per API request.
 */
@Component
class ApiRateLimiter {

    /**
     * @param remaining   whole tokens left after this request
     * @param nanosToWait until a request would pass again (0 when this one passed)
     */
    record Probe(boolean consumed, long remaining, long nanosToWait) {
    }

    private final ApiProperties.RateLimit limit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ApiRateLimiter(ApiProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.limit = properties.rateLimit();
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Probe tryConsume(long tokenId) {
        Probe probe = ownTransaction.execute(s -> take(tokenId));
        if (probe == null) {
            // a token's first request: its full bucket, inserted on its own (two nodes may both try; one wins), so
            // that no transaction holds a gap lock and a row lock at once
            jdbc.update("INSERT IGNORE INTO api_rate_bucket (token_id, tokens, refilled_at)"
                    + " VALUES (?, ?, UTC_TIMESTAMP(6))", tokenId, (double) limit.capacity());
            probe = ownTransaction.execute(s -> take(tokenId));
        }
        return probe;
    }

    private Probe take(long tokenId) {
        record Bucket(double tokens, LocalDateTime refilledAt, LocalDateTime now) {
        }
        List<Bucket> rows = jdbc.query("SELECT tokens, refilled_at, UTC_TIMESTAMP(6) FROM api_rate_bucket"
                        + " WHERE token_id = ? FOR UPDATE",
                (rs, i) -> new Bucket(rs.getDouble(1), rs.getObject(2, LocalDateTime.class),
                        rs.getObject(3, LocalDateTime.class)), tokenId);
        if (rows.isEmpty()) {
            return null;
        }
        Bucket bucket = rows.getFirst();
        long periodNanos = limit.period().toNanos();
        long elapsed = Math.max(0, Duration.between(bucket.refilledAt(), bucket.now()).toNanos());
        // greedy refill: capacity tokens spread evenly over the period
        double tokens = Math.min(limit.capacity(), bucket.tokens() + (double) elapsed * limit.capacity() / periodNanos);
        boolean consumed = tokens >= 1;
        if (consumed) {
            tokens -= 1;
        }
        jdbc.update("UPDATE api_rate_bucket SET tokens = ?, refilled_at = ? WHERE token_id = ?", tokens,
                bucket.now(), tokenId);
        long nanosToWait = consumed ? 0 : (long) Math.ceil((1 - tokens) * periodNanos / limit.capacity());
        return new Probe(consumed, (long) Math.floor(tokens), nanosToWait);
    }

    int capacity() {
        return limit.capacity();
    }
}
