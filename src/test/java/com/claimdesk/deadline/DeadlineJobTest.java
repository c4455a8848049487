package com.claimdesk.deadline;

import com.claimdesk.TestCases;
import com.claimdesk.TestClock;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.notification.NotificationMailer;
import com.claimdesk.security.UserService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import com.claimdesk.IntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job as it runs in production: locked with ShedLock on the shared MariaDB, and with e-mail switched on against
 * a local SMTP server (GreenMail; application-test.properties points the mail sender at it). The timer is off in
 * tests, so they drive the passes; the lock is kept 0.5 s at least here instead of most of a minute.
 */
@IntegrationTest
class DeadlineJobTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    DeadlineCheckJob job;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    UserService users;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    com.claimdesk.base.node.NodeIdentity node;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    /** Two nodes, each with its own lock provider on the one database, try every round at the same moment. */
    @Test
    void two_schedulers_on_one_database_run_the_job_once_per_interval() throws Exception {
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().withLockedByValue("node-a").build()));
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().withLockedByValue("node-b").build()));
        AtomicInteger executed = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(2);
        try {
            int rounds = 3;
            for (int round = 0; round < rounds; round++) {
                var barrier = new CyclicBarrier(2);
                List<Future<?>> both = new ArrayList<>();
                for (LockingTaskExecutor node : List.of(nodeA, nodeB)) {
                    both.add(pool.submit(() -> {
                        barrier.await(5, TimeUnit.SECONDS);
                        node.executeWithLock((Runnable) () -> {
                            executed.incrementAndGet();
                            job.run();
                        }, new LockConfiguration(clock.instant(), "deadline-check-two-nodes", Duration.ofMinutes(1),
                                Duration.ofMillis(400)));
                        return null;
                    }));
                }
                for (Future<?> f : both) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(executed.get()).as("runs after round " + (round + 1)).isEqualTo(round + 1);
                awaitLockReleased("deadline-check-two-nodes"); // the next interval: held for at least 400 ms
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The scheduled method itself carries the lock: called twice at once on one node, it runs once. */
    @Test
    void the_scheduled_method_is_locked_in_the_shedlock_table() throws Exception {
        awaitLockReleased(DeadlineCheckJob.LOCK_NAME); // a run of another test may still hold it
        int before = job.runs();
        int recordedBefore = jdbc.queryForObject("SELECT COUNT(*) FROM job_run WHERE job_name = ?", Integer.class,
                DeadlineCheckJob.LOCK_NAME);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var barrier = new CyclicBarrier(2);
            var a = pool.submit(() -> {
                barrier.await(5, TimeUnit.SECONDS);
                job.check();
                return null;
            });
            var b = pool.submit(() -> {
                barrier.await(5, TimeUnit.SECONDS);
                job.check();
                return null;
            });
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(job.runs() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Integer.class,
                DeadlineCheckJob.LOCK_NAME)).isEqualTo(1);
        // the run is recorded with this node's name, finished, with what it found (the multi-node test counts these)
        var recorded = jdbc.queryForList("SELECT node, finished_at, outcome FROM job_run WHERE job_name = ?"
                + " ORDER BY id DESC LIMIT 1", DeadlineCheckJob.LOCK_NAME).getFirst();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_run WHERE job_name = ?", Integer.class,
                DeadlineCheckJob.LOCK_NAME) - recordedBefore).isEqualTo(1);
        assertThat(recorded.get("node")).isEqualTo(node.name());
        assertThat(recorded.get("finished_at")).isNotNull();
        assertThat((String) recorded.get("outcome")).matches("\\d+ missed, \\d+ near, \\d+ prevention");
    }

    @Test
    void a_missed_deadline_is_mailed_to_the_assignee_when_email_is_configured() throws Exception {
        assertThat(mailer.active()).isTrue();
        TestUsers.login(users, "agent3");
        var s = TestCases.aCase().buyer("Mail Buyer", "FR", "fr").orderValue("80.00", "EUR").openAndTake(complaints);
        String number = s.caseNumber();
        deadlines.add(s.id(), DeadlineKind.CUSTOM, clock.instant().plus(Duration.ofMinutes(1)), "Send the replacement");
        TestUsers.logout();
        clock.advance(Duration.ofMinutes(2)); // the deadline passes
        awaitLockReleased(DeadlineCheckJob.LOCK_NAME);

        job.run();

        // mailed after the job's commit, each mail on its own (the event registry keeps it until sent)
        MimeMessage mail = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> List.of(smtp.getReceivedMessages()).stream()
                        .filter(m -> {
                            try {
                                return m.getSubject().contains(number)
                                        && m.getAllRecipients()[0].toString().equals("agent3@demo.claimdesk.example");
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        }).filter(m -> body(m).contains("a deadline passed")).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertThat(body(mail)).contains(number).contains("https://claimdesk.example/cases/" + number);
    }

    /**
     * The mail is an event kept in event_publication until it was sent: with the mail server down it stays there,
     * and goes out when publications are handed to their listeners again (every few minutes, and at every start).
     */
    @Test
    void a_mail_that_could_not_be_sent_waits_in_the_event_registry_and_goes_out_when_retried() throws Exception {
        TestUsers.login(users, "agent3");
        var s = TestCases.aCase().buyer("Outage Buyer", "FR", "fr").orderValue("80.00", "EUR").openAndTake(complaints);
        String number = s.caseNumber();
        deadlines.add(s.id(), DeadlineKind.CUSTOM, clock.instant().plus(Duration.ofMinutes(1)), "Call the carrier");
        TestUsers.logout();
        clock.advance(Duration.ofMinutes(2)); // the deadline passes
        awaitLockReleased(DeadlineCheckJob.LOCK_NAME);
        smtp.stop(); // the mail server is away
        try {
            job.run();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> incompleteMails() > 0);
        } finally {
            smtp.start();
        }
        incomplete.resubmitIncompletePublications(p -> true);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                List.of(smtp.getReceivedMessages()).stream().anyMatch(m -> {
                    try {
                        return m.getSubject().contains(number);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> incompleteMails() == 0);
    }

    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incomplete;

    /**
     * The job lock is taken and released with the database's clock (so that nodes need not agree on the time), so
     * its "at least for" passes in real time, whatever the test clock says: wait until the row says it is free.
     */
    private void awaitLockReleased(String name) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?"
                        + " AND lock_until > UTC_TIMESTAMP(3)", Integer.class, name) == 0);
    }

    private int incompleteMails() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND event_type LIKE '%MailRequested'", Integer.class);
        return n == null ? 0 : n;
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
