package com.claimdesk.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * How features raise notifications. It joins the caller's transaction ({@code MANDATORY}): the notification is
 * committed with the change it reports, or not at all. Open pages of the recipients learn of it after the commit.
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Tells one person; {@code args} fill the message's {0}, {1}, … in the reader's language. */
    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public void send(long recipientId, NotificationKind kind, Long complaintId, String caseNumber, String messageKey,
                     Object... args) {
        save(recipientId, kind, complaintId, caseNumber, messageKey, null, args);
    }

    /**
     * Tells one person at most once for {@code dedupKey} (a job that runs every few minutes raises a missed deadline
     * once, not every time). Returns whether it was new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public boolean sendOnce(String dedupKey, long recipientId, NotificationKind kind, Long complaintId,
                            String caseNumber, String messageKey, Object... args) {
        Objects.requireNonNull(dedupKey, "dedupKey");
        if (notifications.existsByDedupKey(dedupKey)) {
            return false;
        }
        save(recipientId, kind, complaintId, caseNumber, messageKey, dedupKey, args);
        return true;
    }

    /**
     * As {@link #sendOnce}, and a copy by e-mail to whoever has an address, once the transaction committed (when
     * e-mail is switched on). The mail is an event kept until sent, so it survives a crash and is retried.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public boolean sendOnceAndMail(String dedupKey, long recipientId, NotificationKind kind, Long complaintId,
                                   String caseNumber, String messageKey, Object... args) {
        boolean fresh = sendOnce(dedupKey, recipientId, kind, complaintId, caseNumber, messageKey, args);
        if (fresh) {
            events.publishEvent(new MailRequested(recipientId, caseNumber, messageKey,
                    Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList()));
        }
        return fresh;
    }

    private void save(long recipientId, NotificationKind kind, Long complaintId, String caseNumber, String messageKey,
                      String dedupKey, Object[] args) {
        List<String> texts = Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList();
        notifications.save(new Notification(recipientId, kind, complaintId, caseNumber, messageKey, texts, dedupKey,
                clock.instant()));
        announceAfterCommit(recipientId);
    }

    private void announceAfterCommit(long recipientId) {
        // one event per transaction, listing everybody who got something in it
        Object key = NotificationsChanged.class;
        @SuppressWarnings("unchecked")
        Map<Long, Integer> pending = (Map<Long, Integer>) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            Map<Long, Integer> recipients = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, recipients);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(new NotificationsChanged(recipients));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            pending = recipients;
        }
        pending.merge(recipientId, 1, Integer::sum);
    }
}
