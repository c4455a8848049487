package com.claimdesk.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per API token, in memory (each node limits on its own; the limit protects the node and the
 * database from one runaway client, it is not a quota to bill).
 */
@Component
class ApiRateLimiter {

    private final ApiProperties.RateLimit limit;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(ApiProperties properties) {
        this.limit = properties.rateLimit();
    }

    ConsumptionProbe tryConsume(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }

    int capacity() {
        return limit.capacity();
    }
}
