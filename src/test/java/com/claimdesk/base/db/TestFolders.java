package com.claimdesk.base.db;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One scratch folder per test JVM ({@code claimdesk.test-root}, used by application-test.properties for the shared
 * embedded database and the evidence files), deleted when the tests are done. The application never deletes a data
 * folder (EmbeddedMariaDb); clearing away what tests wrote is the tests' own business.
 */
public class TestFolders implements LauncherSessionListener {

    static final String ROOT_PROPERTY = "claimdesk.test-root";
    private Path root;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(ROOT_PROPERTY) != null) {
            return;
        }
        try {
            root = Files.createTempDirectory("claimdesk-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(ROOT_PROPERTY, root.toString());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (root == null) {
            return;
        }
        // when the JVM ends, after Spring Boot closed the test contexts (they may still be working with the database
        // now); then the server, so that nothing writes into the folder while it goes, then the folder
        Path folder = root;
        org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
            EmbeddedMariaDb.stopShared();
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not delete " + folder + ": " + e);
            }
        });
    }
}
