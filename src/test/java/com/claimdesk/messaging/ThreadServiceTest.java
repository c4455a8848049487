package com.claimdesk.messaging;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ThreadServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ThreadService threads;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;

    private long caseId;
    private String caseNumber;

    @BeforeEach
    void openACase() {
        TestUsers.login(users, "agent");
        caseNumber = com.claimdesk.TestCases.aCase().buyer("Hannah Schulz", "DE", "de").orderValue("54.00", "USD")
                .subReason(SubReason.CUSTOMS_INSPECTION).open(complaints);
        caseId = complaints.get(caseNumber).id();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static NewMessage message(MessageKind kind, String body) {
        var m = new NewMessage();
        m.setKind(kind);
        m.setChannel(MessageChannel.PLATFORM_MESSAGE);
        m.setLanguage("en");
        m.setBody(body);
        return m;
    }

    @Test
    void the_first_reply_stops_the_first_response_clock_and_notes_do_not() {
        assertThat(threads.firstResponseAt(caseId)).isEmpty();
        threads.add(caseId, message(MessageKind.NOTE, "Customs in Frankfurt, checking with 4PX"), SHANGHAI);
        assertThat(threads.firstResponseAt(caseId)).isEmpty();

        var reply = threads.add(caseId, message(MessageKind.REPLY, "Dear Hannah, we are sorry for the wait."), SHANGHAI);

        assertThat(threads.firstResponseAt(caseId)).contains(reply.sentAt());
        assertThat(reply.authorName()).isEqualTo("Li Wei 李伟");
        // kept on the case row for the reports, and a later reply does not move it
        threads.add(caseId, message(MessageKind.REPLY, "Update: the parcel left Frankfurt."), SHANGHAI);
        assertThat(jdbc.queryForObject("SELECT first_response_at FROM complaint WHERE id = ?", java.sql.Timestamp.class,
                caseId).toInstant()).isEqualTo(reply.sentAt());
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_pasted_buyer_message_keeps_its_original_time_and_the_buyers_name() {
        var m = message(MessageKind.BUYER_MESSAGE, "Where is my parcel??");
        m.setSentAt(LocalDateTime.of(2026, 11, 20, 9, 30));
        var stored = threads.add(caseId, m, SHANGHAI);
        assertThat(stored.sentAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 30).atZone(SHANGHAI).toInstant());
        assertThat(stored.authorName()).isEqualTo("Hannah Schulz");
        assertThat(threads.thread(caseId)).extracting(ThreadEntry::body).containsExactly("Where is my parcel??");
    }

    @Test
    void markup_is_stored_exactly_as_written() {
        String body = "<script>alert('x')</script> <b>bold</b>";
        threads.add(caseId, message(MessageKind.BUYER_MESSAGE, body), SHANGHAI);
        assertThat(threads.thread(caseId).getFirst().body()).isEqualTo(body);
    }

    @Test
    void a_reply_with_an_open_placeholder_never_reaches_the_buyer() {
        assertThatThrownBy(() -> threads.add(caseId,
                message(MessageKind.REPLY, "Your parcel is held at {customs.office} customs."), SHANGHAI))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("{customs.office}"));
        // a note may keep one, e.g. a draft for a colleague
        threads.add(caseId, message(MessageKind.NOTE, "Draft: held at {customs.office}"), SHANGHAI);
    }

    @Test
    void every_message_is_audited() {
        threads.add(caseId, message(MessageKind.REPLY, "We reship tomorrow with a tracked service."), SHANGHAI);
        assertThat(audit.history(caseId)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.MESSAGE_ADDED);
            assertThat(r.field()).isEqualTo("REPLY");
            assertThat(r.newValue()).startsWith("We reship tomorrow");
        });
    }

    @Test
    void empty_messages_future_times_and_unknown_cases_are_refused() {
        assertThatThrownBy(() -> threads.add(caseId, message(MessageKind.REPLY, "  "), SHANGHAI))
                .isInstanceOf(ConstraintViolationException.class);
        var future = message(MessageKind.BUYER_MESSAGE, "from the future");
        future.setSentAt(LocalDateTime.now().plusDays(2));
        assertThatThrownBy(() -> threads.add(caseId, future, SHANGHAI)).isInstanceOf(ConstraintViolationException.class);
        var noChannel = message(MessageKind.REPLY, "hello");
        noChannel.setChannel(null);
        assertThatThrownBy(() -> threads.add(caseId, noChannel, SHANGHAI)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> threads.add(-1, message(MessageKind.NOTE, "x"), SHANGHAI))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_queue_search_finds_words_in_the_thread() {
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        threads.add(caseId, message(MessageKind.BUYER_MESSAGE, "The parcel with the " + word + " figurines is stuck"),
                SHANGHAI);
        // the queue asks the search index, which follows the commit on its own thread
        var filter = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, word);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(complaints.queue(filter, null, 0, 50)).extracting(ComplaintListItem::caseNumber)
                        .containsExactly(caseNumber));
        // words are matched by their stem: the singular finds the plural (decision 140)
        var stem = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, word + " figurine");
        assertThat(complaints.queue(stem, null, 0, 50)).extracting(ComplaintListItem::caseNumber).contains(caseNumber);
    }
}
