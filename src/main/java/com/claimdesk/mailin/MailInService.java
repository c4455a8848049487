package com.claimdesk.mailin;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.order.KnownOrder;
import com.claimdesk.order.OrderService;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Files one mail: on the case its subject names by case number; else on the newest case about an order number in
 * the subject; else, when the subject names a known order, on a new case that starts from the order's facts. The
 * message and the note that the mail was handled are one transaction, so a mail is never filed twice; attachments
 * follow, each through the evidence checks of an upload. A mail that matches nothing is left to a person.
 */
@Service
@Validated
public class MailInService {

    private static final Logger log = LoggerFactory.getLogger(MailInService.class);
    private static final Pattern CASE_NUMBER = Pattern.compile("CD-\\d{4}-\\d{6}");
    /** Order numbers as platforms write them: letters, digits and dashes, with at least one digit. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,63}");
    static final int MAX_BODY = 20_000;

    private final ComplaintService complaints;
    private final OrderService orders;
    private final ThreadService threads;
    private final EvidenceService evidence;
    private final MessagesI18NProvider messages;
    private final MailInProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailInService(ComplaintService complaints, OrderService orders, ThreadService threads, EvidenceService evidence,
                  MessagesI18NProvider messages, MailInProperties properties, JdbcTemplate jdbc,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.complaints = complaints;
        this.orders = orders;
        this.threads = threads;
        this.evidence = evidence;
        this.messages = messages;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('AGENT')")
    public MailOutcome receive(@NotNull IncomingMail mail) {
        record Filed(MailOutcome.Kind kind, @Nullable ComplaintSnapshot snapshot) {
        }
        Filed filed = transactions.execute(status -> {
            if (alreadyFiled(mail.messageId())) {
                return new Filed(MailOutcome.Kind.DUPLICATE, null);
            }
            Optional<ComplaintSnapshot> existing = findCase(mail.subject());
            MailOutcome.Kind kind = MailOutcome.Kind.ADDED_TO_CASE;
            if (existing.isEmpty()) {
                existing = openCaseForKnownOrder(mail);
                kind = MailOutcome.Kind.NEW_CASE;
            }
            if (existing.isEmpty()) {
                remember(mail.messageId(), null, MailOutcome.Kind.UNMATCHED);
                return new Filed(MailOutcome.Kind.UNMATCHED, null);
            }
            ComplaintSnapshot c = existing.get();
            threads.add(c.id(), buyerMessage(mail, c), ZoneOffset.UTC);
            remember(mail.messageId(), c.id(), kind);
            return new Filed(kind, c);
        });
        if (filed.snapshot() == null) {
            log.info("Mail {} ({}): {}", mail.messageId(), mail.subject(), filed.kind());
            return new MailOutcome(filed.kind(), null, 0, 0);
        }
        ComplaintSnapshot c = filed.snapshot();
        int added = 0;
        List<String> refused = new ArrayList<>();
        for (IncomingMail.Attachment a : mail.attachments()) {
            try (InputStream in = Files.newInputStream(a.file())) {
                evidence.add(c.id(), new NewEvidence(EvidenceSource.BUYER, caption(mail), a.fileName()), in);
                added++;
            } catch (DomainException e) {
                refused.add(a.fileName() + ": " + messages.getTranslation(e.messageKey(), locale(), e.arguments()));
            } catch (ConstraintViolationException e) {
                refused.add(a.fileName() + ": " + e.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage).collect(Collectors.joining(" ")));
            } catch (IOException e) {
                log.warn("Attachment {} of mail {} unreadable", a.fileName(), mail.messageId(), e);
                refused.add(a.fileName() + ": " + e.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            var note = new NewMessage();
            note.setKind(MessageKind.NOTE);
            note.setChannel(MessageChannel.EMAIL);
            note.setBody(messages.getTranslation("mailin.rejected", locale(), mail.subject()) + "\n"
                    + String.join("\n", refused));
            threads.add(c.id(), note, ZoneOffset.UTC);
        }
        log.info("Mail {} filed on {} ({}), {} attachment(s) added, {} refused", mail.messageId(), c.caseNumber(),
                filed.kind(), added, refused.size());
        return new MailOutcome(filed.kind(), c.caseNumber(), added, refused.size());
    }

    private Optional<ComplaintSnapshot> findCase(String subject) {
        Matcher caseNumber = CASE_NUMBER.matcher(subject);
        while (caseNumber.find()) {
            try {
                return Optional.of(complaints.get(caseNumber.group()));
            } catch (NotFoundException e) {
                // a number that looks like ours but is not: try the order numbers
            }
        }
        for (String token : tokens(subject)) {
            List<ComplaintListItem> cases = complaints.casesForOrder(null, token);
            if (!cases.isEmpty()) {
                ComplaintListItem pick = cases.stream().filter(i -> i.status().isOpen()).findFirst()
                        .orElse(cases.getFirst());
                return Optional.of(complaints.get(pick.caseNumber()));
            }
        }
        return Optional.empty();
    }

    private Optional<ComplaintSnapshot> openCaseForKnownOrder(IncomingMail mail) {
        for (String token : tokens(mail.subject())) {
            List<KnownOrder> known = orders.findByNumber(token);
            if (known.size() != 1) {
                continue; // unknown, or the same number on two marketplaces: a person decides
            }
            var order = known.getFirst().details();
            ComplaintDetails d = complaints.prefill(order.getMarketplace(), order.getOrderNumber()).orElseThrow();
            d.setCategory(properties.newCaseSubReason().category());
            d.setSubReason(properties.newCaseSubReason());
            if (d.getBuyer().buyerEmail() == null) {
                d.setBuyer(d.getBuyer().withBuyerEmail(mail.fromAddress()));
            }
            d.setSummary(messages.getTranslation("mailin.newCase", locale(), mail.subject()));
            d.setTags(Set.of("email"));
            return Optional.of(complaints.get(complaints.open(d)));
        }
        return Optional.empty();
    }

    private NewMessage buyerMessage(IncomingMail mail, ComplaintSnapshot c) {
        var m = new NewMessage();
        m.setKind(MessageKind.BUYER_MESSAGE);
        m.setChannel(MessageChannel.EMAIL);
        m.setLanguage(c.details().getBuyer().buyerLanguage());
        String text = mail.subject() + "\n\n" + (mail.body() == null ? "" : mail.body().strip());
        m.setBody(text.length() > MAX_BODY ? text.substring(0, MAX_BODY - 1) + "…" : text);
        Instant sent = mail.sentAt() == null || mail.sentAt().isAfter(clock.instant()) ? clock.instant()
                : mail.sentAt();
        m.setSentAt(LocalDateTime.ofInstant(sent, ZoneOffset.UTC));
        return m;
    }

    private static String caption(IncomingMail mail) {
        String c = "E-mail: " + mail.subject();
        return c.length() > NewEvidence.MAX_CAPTION_LENGTH ? c.substring(0, NewEvidence.MAX_CAPTION_LENGTH) : c;
    }

    /** Candidate order numbers in a subject, longest first; case numbers and plain words are not among them. */
    static List<String> tokens(String subject) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(subject == null ? "" : subject);
        while (m.find()) {
            String t = m.group();
            if (t.chars().anyMatch(Character::isDigit) && !CASE_NUMBER.matcher(t).matches()) {
                found.add(t);
            }
        }
        return found.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    private boolean alreadyFiled(String messageId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mail_in_message WHERE message_id = ?", Integer.class,
                messageId);
        return n != null && n > 0;
    }

    private void remember(String messageId, Long complaintId, MailOutcome.Kind outcome) {
        jdbc.update("INSERT INTO mail_in_message (message_id, received_at, complaint_id, outcome) VALUES (?, ?, ?, ?)",
                messageId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), complaintId, outcome.name());
    }

    private static Locale locale() {
        return CurrentUser.get().map(u -> u.locale()).filter(java.util.Objects::nonNull).orElse(Locale.ENGLISH);
    }
}
