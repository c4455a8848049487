package com.claimdesk.report;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** "SLA met" follows the case's own first-response deadline (from the team's SLA policy), not a fixed target. */
@IntegrationTest
class SlaFromDeadlinesTest {

    @Autowired
    ReportService reports;
    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void a_first_reply_counts_as_met_only_when_it_came_before_the_deadline() {
        TestUsers.login(users, "agent");
        String sku = "SLA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String number = TestCases.aCase().buyer("Eva Novak", "CZ", "en").orderValue("90.00", "USD")
                .subReason(SubReason.WRONG_MODEL).sku(sku).open(complaints);
        long id = complaints.get(number).id();
        var today = LocalDate.now(ZoneOffset.UTC);
        var filter = new ReportFilter(today, today, ZoneOffset.UTC, null, null, null, sku);
        TestUsers.login(users, "manager");

        // the SLA deadline came with the case and is not due yet: nothing to count
        assertThat(reports.responseTimes(filter).total().due()).isZero();

        // answered, but an hour after its (extended) date: due and missed
        jdbc.update("UPDATE deadline SET state = 'MET', due_at = UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, "
                + "met_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE complaint_id = ? AND kind = 'FIRST_RESPONSE'", id);
        var late = reports.responseTimes(filter).total();
        assertThat(late.due()).isEqualTo(1);
        assertThat(late.met()).isZero();

        // the same reply within an extension: met
        jdbc.update("UPDATE deadline SET extended_to = UTC_TIMESTAMP(6) WHERE complaint_id = ? AND kind = 'FIRST_RESPONSE'", id);
        assertThat(reports.responseTimes(filter).total().met()).isEqualTo(1);
        assertThat(reports.agents(filter)).singleElement()
                .satisfies(a -> assertThat(a.slaMetPercent()).isEqualByComparingTo("100.0"));
    }
}
