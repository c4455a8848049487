package com.claimdesk.notification;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Locale;

/**
 * Optional e-mail copies of notifications, for people who are not looking at ClaimDesk. Off unless
 * {@code claimdesk.notifications.email.enabled=true} and an SMTP server is configured ({@code spring.mail.host}).
 * Called after the notification was committed (the deadline job does so from its own thread), so a slow or broken
 * mail server never holds up a user's request or rolls back a notification; a failure is logged.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessagesI18NProvider messages;
    private final com.claimdesk.security.UserDirectory users;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, MessagesI18NProvider messages, com.claimdesk.security.UserDirectory users,
                       PlatformTransactionManager transactions,
                       @Value("${claimdesk.notifications.email.enabled:false}") boolean enabled,
                       @Value("${claimdesk.notifications.email.from:claimdesk@localhost}") String from,
                       @Value("${claimdesk.notifications.email.base-url:}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.users = users;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Whether mails go out at all: switched on and a mail server configured. */
    public boolean active() {
        return enabled && sender.getIfAvailable() != null;
    }

    /**
     * A notification to be mailed, after its transaction committed, in a transaction of its own. A failure to send
     * throws, so the publication stays incomplete and is sent again later ({@code IncompleteEventsRetry}, or at the
     * next start).
     */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(MailRequested request) {
        deliver(request.recipientId(), request.caseNumber(), request.messageKey(), request.args());
    }

    /** Sends one notification to the person by e-mail, in their language; nothing when inactive or no address. */
    public boolean mail(long recipientId, String caseNumber, String messageKey, List<String> args) {
        try {
            return deliver(recipientId, caseNumber, messageKey, args);
        } catch (MailException e) {
            log.warn("Notification e-mail to user {} failed: {}", recipientId, e.getMessage());
            return false;
        }
    }

    /** As {@link #mail}, but a failure to send is thrown. */
    private boolean deliver(long recipientId, String caseNumber, String messageKey, List<String> args) {
        JavaMailSender mail = enabled ? sender.getIfAvailable() : null;
        if (mail == null) {
            return false;
        }
        Recipient to = users.contact(recipientId)
                .filter(u -> u.enabled() && u.email() != null && !u.email().isBlank())
                .map(u -> new Recipient(u.email(), u.locale())).orElse(null);
        if (to == null) {
            return false;
        }
        String text = messages.getTranslation(messageKey, to.locale(), args.toArray());
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.address());
        message.setSubject(messages.getTranslation("notification.email.subject", to.locale(),
                caseNumber == null ? "" : caseNumber));
        String link = caseNumber == null || baseUrl.isBlank() ? "" : "\n\n" + baseUrl.replaceAll("/+$", "")
                + "/cases/" + caseNumber;
        message.setText(text + link + "\n\n" + messages.getTranslation("notification.email.footer", to.locale()));
        mail.send(message);
        return true;
    }

    private record Recipient(String address, Locale locale) {
    }
}
