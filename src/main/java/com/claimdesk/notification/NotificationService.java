package com.claimdesk.notification;

import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The signed-in person's own notifications: nobody reads or marks another person's. */
@Service
public class NotificationService {

    static final int LIST_SIZE = 50;

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The newest notifications, read and unread. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationSummary> mine() {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(CurrentUser.id(), Limit.of(LIST_SIZE))
                .stream().map(Notification::view).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countUnread() {
        return notifications.countByRecipientIdAndReadAtIsNull(CurrentUser.id());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        notifications.findByIdAndRecipientId(notificationId, CurrentUser.id())
                .orElseThrow(() -> new NotFoundException("notification.error.notFound", "No notification " + notificationId))
                .markRead(clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.id(), clock.instant());
    }
}
