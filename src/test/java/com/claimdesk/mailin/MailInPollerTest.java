package com.claimdesk.mailin;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.ThreadEntry;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.base.Buyer;
import com.claimdesk.order.OrderDetails;
import com.claimdesk.order.OrderService;
import com.claimdesk.security.UserService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail poller against a real IMAP server (GreenMail) and the real database. */
@IntegrationTest
class MailInPollerTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    private static final String MAILBOX = "service@claimdesk.test";

    @Autowired
    MailInService service;
    @Autowired
    UserService users;
    @Autowired
    ComplaintService complaints;
    @Autowired
    OrderService orders;
    @Autowired
    ThreadService threads;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ApplicationContext context;
    @Autowired
    net.javacrumbs.shedlock.core.LockProvider locks;
    @Autowired
    com.claimdesk.base.node.JobRuns jobRuns;

    private MailInPoller poller;
    private com.icegreen.greenmail.user.GreenMailUser mailbox;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        mailbox = greenMail.setUser(MAILBOX, "service", "secret");
        var props = new MailInProperties(true, "127.0.0.1", greenMail.getImap().getPort(), "imap", "service",
                "secret", "INBOX", Duration.ofMinutes(1), "agent", SubReason.DAMAGED_IN_TRANSIT, 50);
        poller = new MailInPoller(props, service, users);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private MimeMessage mail(String subject, String text, MimeBodyPart... attachments) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("buyer-" + run + "@example.com", "Jane Buyer"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date(System.currentTimeMillis() - 60_000));
        var multipart = new MimeMultipart();
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        multipart.addBodyPart(body);
        for (MimeBodyPart a : attachments) {
            multipart.addBodyPart(a);
        }
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart attachment(String name, String type, byte[] bytes) throws Exception {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private void deliver(MimeMessage message) {
        mailbox.deliver(message);
    }

    private String openCase() {
        TestUsers.login(users, "agent");
        try {
            return TestCases.aCase().buyer("Jane Buyer", "US", "en").orderValue("50.00", "USD").open(complaints);
        } finally {
            TestUsers.logout();
        }
    }

    private List<ThreadEntry> thread(String caseNumber) {
        TestUsers.login(users, "agent");
        return threads.thread(complaints.get(caseNumber).id());
    }

    @Test
    void a_node_reads_the_mailbox_only_while_no_other_node_holds_the_mail_lock() throws Exception {
        String caseNumber = openCase();
        deliver(mail("Re: " + caseNumber, "Still waiting for my parcel."));
        var props = new MailInProperties(true, "127.0.0.1", greenMail.getImap().getPort(), "imap", "service",
                "secret", "INBOX", Duration.ofMinutes(1), "agent", SubReason.DAMAGED_IN_TRANSIT, 50);
        var job = new MailInJob(poller, locks, jobRuns, props, java.time.Clock.systemUTC());

        // another node is polling: it holds the lock
        var held = locks.lock(new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(),
                MailInJob.LOCK_NAME, Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            assertThat(job.turn()).as("this node skips its turn").isFalse();
            assertThat(thread(caseNumber)).noneMatch(e -> e.body().contains("Still waiting"));
            assertThat(unreadCount()).isEqualTo(1);
        } finally {
            held.unlock();
        }

        assertThat(job.turn()).as("the lock is free: this node polls").isTrue();
        assertThat(thread(caseNumber)).filteredOn(e -> e.body().contains("Still waiting")).hasSize(1);
        assertThat(unreadCount()).isZero();
        // and holds it for most of the interval, so the other node's timer skips this interval
        assertThat(job.turn()).isFalse();
    }

    private int unreadCount() throws Exception {
        var session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", greenMail.getImap().getPort(), "service", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getUnreadMessageCount();
            } finally {
                inbox.close(false);
            }
        }
    }

    @Test
    void a_mail_naming_a_case_becomes_a_buyer_message_and_its_photo_evidence_but_not_its_program() throws Exception {
        String caseNumber = openCase();
        deliver(mail("Re: your case " + caseNumber + " – photos", "Here are the photos of the broken lamp.",
                attachment("lamp.jpg", "image/jpeg", EvidenceSamples.jpeg(400, 300)),
                attachment("photos.exe", "application/octet-stream", "MZ\u0090\u0000 not a photo".getBytes())));

        List<MailOutcome> outcomes = poller.pollOnce();

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(MailOutcome.Kind.ADDED_TO_CASE);
            assertThat(o.caseNumber()).isEqualTo(caseNumber);
            assertThat(o.evidenceAdded()).isEqualTo(1);
            assertThat(o.attachmentsRefused()).isEqualTo(1);
        });
        List<ThreadEntry> entries = thread(caseNumber);
        ThreadEntry buyer = entries.stream().filter(e -> e.kind() == MessageKind.BUYER_MESSAGE).findFirst().orElseThrow();
        assertThat(buyer.channel()).isEqualTo(MessageChannel.EMAIL);
        assertThat(buyer.body()).contains("Here are the photos of the broken lamp.");
        assertThat(buyer.authorName()).isEqualTo("Jane Buyer");
        ThreadEntry note = entries.stream().filter(e -> e.kind() == MessageKind.NOTE).findFirst().orElseThrow();
        assertThat(note.body()).contains("photos.exe");
        var items = evidence.list(complaints.get(caseNumber).id());
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.originalFileName()).isEqualTo("lamp.jpg");
            assertThat(i.caption()).startsWith("E-mail: Re: your case");
        });
        assertThat(seenFlags()).containsExactly(true);
    }

    @Test
    void a_mail_naming_a_known_order_opens_a_case_filled_from_the_order() throws Exception {
        String orderNumber = "8" + Math.abs(run.hashCode());
        TestUsers.login(users, "lead");
        var o = new OrderDetails();
        o.setMarketplace(Marketplace.ALIEXPRESS);
        o.setOrderNumber(orderNumber);
        o.setOrderDate(LocalDate.now().minusDays(30));
        o.setOrderValue(new BigDecimal("64.00"));
        o.setCurrency("EUR");
        o.setBuyer(new Buyer("Jan de Vries", "NL", null, null));
        orders.upsert(o);
        TestUsers.logout();

        deliver(mail("Order " + orderNumber + " arrived broken", "The vase is in pieces."));
        MailOutcome outcome = poller.pollOnce().getFirst();

        assertThat(outcome.kind()).isEqualTo(MailOutcome.Kind.NEW_CASE);
        TestUsers.login(users, "agent");
        var created = complaints.get(outcome.caseNumber());
        assertThat(created.details().getBuyerName()).isEqualTo("Jan de Vries");
        assertThat(created.details().getOrderValue()).isEqualByComparingTo("64");
        assertThat(created.details().getBuyer().buyerEmail()).isEqualTo("buyer-" + run + "@example.com");
        assertThat(created.details().getSubReason()).as("claimdesk.mail-in.new-case-sub-reason, by default")
                .isEqualTo(SubReason.IN_TRANSIT_OVERDUE);
        assertThat(created.details().getTags()).contains("email");
        assertThat(thread(outcome.caseNumber())).extracting(ThreadEntry::body)
                .anySatisfy(b -> assertThat(b).contains("The vase is in pieces."));

        deliver(mail("Re: Order " + orderNumber + " arrived broken", "Any news?"));
        MailOutcome followUp = poller.pollOnce().getFirst();
        assertThat(followUp.kind()).as("the next mail about the order goes to its case").isEqualTo(MailOutcome.Kind.ADDED_TO_CASE);
        assertThat(followUp.caseNumber()).isEqualTo(outcome.caseNumber());
    }

    @Test
    void a_mail_that_matches_nothing_is_left_flagged_for_a_person() throws Exception {
        deliver(mail("Hello, do you sell lamps?", "Just asking."));
        assertThat(poller.pollOnce()).singleElement().extracting(MailOutcome::kind)
                .isEqualTo(MailOutcome.Kind.UNMATCHED);
        assertThat(flagged()).containsExactly(true);
        assertThat(poller.pollOnce()).as("read mails are not read again").isEmpty();
    }

    @Test
    void the_same_mail_delivered_twice_is_filed_once() throws Exception {
        String caseNumber = openCase();
        MimeMessage message = mail("Case " + caseNumber, "Once only.");
        deliver(message);
        deliver(message);
        List<MailOutcome> outcomes = poller.pollOnce();
        assertThat(outcomes).extracting(MailOutcome::kind)
                .containsExactly(MailOutcome.Kind.ADDED_TO_CASE, MailOutcome.Kind.DUPLICATE);
        assertThat(thread(caseNumber)).filteredOn(e -> e.body().contains("Once only.")).hasSize(1);
    }

    @Test
    void email_in_is_off_unless_configured() {
        assertThat(context.getBeansOfType(MailInScheduling.class)).isEmpty();
        assertThat(context.getBean(MailInProperties.class).enabled()).isFalse();
    }

    @Test
    void order_numbers_are_found_in_a_subject_and_case_numbers_are_not_taken_for_them() {
        assertThat(MailInService.tokens("Re: CD-2026-000123 order 8142337755120098 (2 items)"))
                .containsExactly("8142337755120098");
    }

    private List<Boolean> seenFlags() throws Exception {
        return flags(Flags.Flag.SEEN);
    }

    private List<Boolean> flagged() throws Exception {
        return flags(Flags.Flag.FLAGGED);
    }

    private List<Boolean> flags(Flags.Flag flag) throws Exception {
        var props = new Properties();
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", greenMail.getImap().getPort(), "service", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return java.util.Arrays.stream(inbox.getMessages()).map(m -> {
                    try {
                        return m.isSet(flag);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
            } finally {
                inbox.close(false);
            }
        }
    }
}
