package com.claimdesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for an app started as a process of its own (the jar or {@code ./mvnw}'s classpath) to be ready. */
public final class AppReadiness {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AppReadiness() {
    }

    /**
     * Returns when {@code /actuator/health/readiness} on {@code port} answers 200; fails when the process ends or
     * {@code timeout} passes first, pointing at its {@code log}.
     */
    public static void await(Process app, int port, Path log, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            assertThat(app.isAlive()).as("the app runs (see %s)", log).isTrue();
            assertThat(System.nanoTime()).as("the app is ready within %s (see %s)", timeout, log)
                    .isLessThan(deadline);
            try {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }
}
