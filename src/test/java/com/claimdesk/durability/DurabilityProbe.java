package com.claimdesk.durability;

import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only HTTP door into the real application for {@link DurabilityIT}, active only with the profile
 * {@code durability-probe} (which only that test sets, on an application it starts as a separate process). A write
 * opens a case through {@link ComplaintService} as the demo agent and answers after the service's transaction has
 * committed: an answer is the application's confirmation that the case is stored.
 */
@RestController
@Profile(DurabilityProbe.PROFILE)
class DurabilityProbe {

    static final String PROFILE = "durability-probe";

    private final ComplaintService complaints;
    private final UserService users;
    private final JdbcTemplate jdbc;

    DurabilityProbe(ComplaintService complaints, UserService users, JdbcTemplate jdbc) {
        this.complaints = complaints;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Opens a case whose order number is {@code tag}; returns its case number once committed. */
    @PostMapping("/durability/cases")
    String open(@RequestParam String tag) {
        TestUsers.login(users, "agent");
        try {
            return TestCases.aCase().buyer("Durability Buyer", "DE", "de").orderValue("10.00", "EUR")
                    .subReason(SubReason.IN_TRANSIT_OVERDUE).orderNumber(tag).open(complaints);
        } finally {
            TestUsers.logout();
        }
    }

    /** Order numbers of the cases stored whose order number starts with {@code prefix}. */
    @GetMapping("/durability/cases")
    List<String> stored(@RequestParam String prefix) {
        return jdbc.queryForList("SELECT order_number FROM complaint WHERE order_number LIKE ?", String.class,
                prefix.replace("%", "") + "%");
    }

    /** The server settings that decide whether a commit survives a crash. */
    @GetMapping("/durability/settings")
    Map<String, String> settings() {
        var result = new LinkedHashMap<String, String>();
        jdbc.query("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit', 'log_bin', "
                        + "'sync_binlog', 'innodb_doublewrite', 'datadir')",
                rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    /** The probe's requests carry no session and no CSRF token; everything else keeps the application's security. */
    @Configuration(proxyBeanMethods = false)
    @Profile(PROFILE)
    static class ProbeSecurity {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain durabilityProbeChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/durability/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }
    }
}
