package com.claimdesk;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.time.Duration;
import java.time.Instant;

/**
 * After each test class, waits (up to ten seconds) until the listeners that run after a commit on Boot's task
 * executor (the search index following a case, a mail) are done. The test JVM stops the shared embedded MariaDB when
 * its tests end, before Spring closes the context: a listener still running then fails, its event publication stays
 * "in progress", and Spring Modulith's registry, closing, waits 30 s for a connection to a database that is gone.
 */
public class AsyncWorkDone implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        var app = SpringExtension.getApplicationContext(context);
        if (!(app.getBean("applicationTaskExecutor") instanceof ThreadPoolTaskExecutor executor)) {
            return;
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)
                && (executor.getActiveCount() > 0 || !executor.getThreadPoolExecutor().getQueue().isEmpty())) {
            Thread.sleep(50);
        }
    }
}
