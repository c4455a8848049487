package com.claimdesk.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/compose.yaml never falls back to a password everybody can read in the repository: a secret that is not set
 * stops {@code docker compose} with a message ({@code ${VAR:?…}}) instead of starting a database whose password is
 * "change-me". Only the first admin's password may be left empty: the app then generates a one-time one.
 */
class ComposeSecretsTest {

    private static final Pattern SECRET = Pattern.compile("\\$\\{([A-Z_]*(?:PASSWORD|SECRET|TOKEN)[A-Z_]*)(:?[-?])([^}]*)}");

    @Test
    void compose_refuses_to_start_without_its_passwords_instead_of_using_a_default() throws IOException {
        String compose = Files.readString(Path.of("docker", "compose.yaml"));
        List<String> found = new ArrayList<>();
        var m = SECRET.matcher(compose);
        while (m.find()) {
            String variable = m.group(1);
            String operator = m.group(2);
            String rest = m.group(3);
            found.add(variable);
            if (variable.equals("CLAIMDESK_ADMIN_PASSWORD")) {
                assertThat(operator + rest).as("the admin password is generated when empty").isEqualTo(":-");
            } else {
                assertThat(operator).as("%s must be required (:?), not defaulted", variable).isEqualTo(":?");
                assertThat(rest).as("%s says what to set", variable).isNotBlank();
            }
        }
        assertThat(found).contains("CLAIMDESK_DB_PASSWORD", "MARIADB_ROOT_PASSWORD");
        assertThat(compose).doesNotContain("change-me");
    }
}
