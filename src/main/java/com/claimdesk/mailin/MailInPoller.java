package com.claimdesk.mailin;

import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserService;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Reads the unread mails of the configured IMAP folder and hands each to {@link MailInService}, signed in as the
 * configured user. A mail is marked read once filed; one that matches nothing is also flagged, so that a person
 * finds it in the mailbox. A mail whose filing failed (the database was away, say) stays unread and is tried again
 * at the next poll.
 */
@Component
public class MailInPoller {

    private static final Logger log = LoggerFactory.getLogger(MailInPoller.class);

    private final MailInProperties properties;
    private final MailInService service;
    private final UserService users;

    MailInPoller(MailInProperties properties, MailInService service, UserService users) {
        this.properties = properties;
        this.service = service;
        this.users = users;
    }

    /** Polls once; returns what became of each mail handled. */
    public List<MailOutcome> pollOnce() {
        ClaimDeskUserDetails actor;
        try {
            actor = users.loadUserByUsername(properties.actAs() == null ? "" : properties.actAs());
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            log.error("Email in: claimdesk.mail-in.act-as names no user ('{}'); nothing is read", properties.actAs());
            return List.of();
        }
        if (!actor.isEnabled() || !actor.hasRole(Role.AGENT)) {
            log.error("Email in: user {} must be enabled and work cases (agent role); nothing is read",
                    actor.getUsername());
            return List.of();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                actor.getAuthorities()));
        SecurityContextHolder.setContext(context);
        List<MailOutcome> outcomes = new ArrayList<>();
        try (Store store = Session.getInstance(sessionProperties()).getStore(properties.protocol())) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unread.length && i < properties.maxPerPoll(); i++) {
                    handle(unread[i], outcomes);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Email in: could not read {}@{}: {}", properties.username(), properties.host(), e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return outcomes;
    }

    private void handle(Message message, List<MailOutcome> outcomes) throws MessagingException {
        IncomingMail mail;
        try {
            mail = parse((MimeMessage) message);
        } catch (IOException | MessagingException | RuntimeException e) {
            log.warn("Email in: unreadable mail {}, flagged for a person", message.getMessageNumber(), e);
            message.setFlag(Flags.Flag.FLAGGED, true);
            message.setFlag(Flags.Flag.SEEN, true);
            return;
        }
        try {
            MailOutcome outcome = service.receive(mail);
            outcomes.add(outcome);
            if (outcome.kind() == MailOutcome.Kind.UNMATCHED) {
                message.setFlag(Flags.Flag.FLAGGED, true);
            }
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (RuntimeException e) {
            log.error("Email in: filing mail {} failed; it stays unread and is tried again", mail.messageId(), e);
            message.setFlag(Flags.Flag.SEEN, false);
        } finally {
            mail.discard();
        }
    }

    private Properties sessionProperties() {
        var p = new Properties();
        String protocol = properties.protocol();
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".connectiontimeout", "20000");
        p.put("mail." + protocol + ".timeout", "60000");
        if ("imaps".equals(protocol)) {
            p.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return p;
    }

    static IncomingMail parse(MimeMessage m) throws MessagingException, IOException {
        String subject = m.getSubject() == null ? "" : m.getSubject().strip();
        String fromName = null;
        String fromAddress = null;
        Address[] from = m.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress a) {
            fromName = a.getPersonal();
            fromAddress = a.getAddress();
        }
        var body = new StringBuilder();
        var html = new StringBuilder();
        List<IncomingMail.Attachment> attachments = new ArrayList<>();
        try {
            walk(m, body, html, attachments);
        } catch (IOException | MessagingException | RuntimeException e) {
            new IncomingMail("", "", null, null, null, "", attachments).discard();
            throw e;
        }
        String text = !body.isEmpty() ? body.toString() : Jsoup.parse(html.toString()).wholeText();
        String id = m.getMessageID();
        if (id == null || id.isBlank() || id.length() > 255) {
            id = "sha256:" + sha256(fromAddress + "|" + m.getSentDate() + "|" + subject + "|" + text);
        }
        return new IncomingMail(id, subject, fromName, fromAddress,
                m.getSentDate() == null ? null : m.getSentDate().toInstant(), text, attachments);
    }

    private static void walk(Part part, StringBuilder text, StringBuilder html,
                             List<IncomingMail.Attachment> attachments) throws MessagingException, IOException {
        String fileName = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, text, html, attachments);
            }
        } else if (attachment) {
            var file = Files.createTempFile("claimdesk-mail-", ".part");
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            attachments.add(new IncomingMail.Attachment(fileName == null ? "attachment" : fileName, file));
        } else if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
