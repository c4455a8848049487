package com.claimdesk.demo;

import com.claimdesk.IntegrationTest;
import com.claimdesk.base.DemoMode;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.deadline.DeadlineSeedWriter;
import com.claimdesk.messaging.ThreadSeedWriter;
import com.claimdesk.refund.RefundSeedWriter;
import com.claimdesk.review.ReviewSeedWriter;
import com.claimdesk.settlement.SettlementSeedWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In demo mode (the tests' profile sets it) the demo beans exist and have seeded the demo users and cases. */
@IntegrationTest
class DemoSeedingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void in_demo_mode_the_seeder_and_the_seed_writers_exist_and_the_demo_data_is_there() {
        assertThat(context.getBean(DemoMode.class).enabled()).isTrue();
        for (Class<?> type : List.of(DemoDataSeeder.class, ComplaintSeedWriter.class, ThreadSeedWriter.class,
                SettlementSeedWriter.class, RefundSeedWriter.class, ReviewSeedWriter.class, DeadlineSeedWriter.class)) {
            assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).hasSize(1);
        }
        assertThat(jdbc.queryForList("SELECT username FROM app_user", String.class))
                .containsAll(DemoUsers.USERNAMES);
        // the first cases of the database are the demo cases, with their conversations
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class))
                .isGreaterThanOrEqualTo(DemoCasePlanner.CASE_COUNT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_message WHERE complaint_id <= ?", Integer.class,
                DemoCasePlanner.CASE_COUNT)).isGreaterThan(DemoCasePlanner.CASE_COUNT);
        // every demo case has its deadlines, and the open ones show a mix of met, missed and running ones
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT complaint_id) FROM deadline WHERE complaint_id <= ?",
                Integer.class, DemoCasePlanner.CASE_COUNT)).isEqualTo(DemoCasePlanner.CASE_COUNT);
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM deadline WHERE complaint_id <= ?", String.class,
                DemoCasePlanner.CASE_COUNT)).contains("MET", "MISSED", "OPEN");
    }
}
