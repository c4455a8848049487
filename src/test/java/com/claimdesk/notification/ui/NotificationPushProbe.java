package com.claimdesk.notification.ui;

import com.claimdesk.DirectUI;
import com.vaadin.flow.shared.Registration;
import org.springframework.context.ApplicationContext;

import java.util.function.IntConsumer;

/** For tests outside this package: a page listening for its user's new notifications, as NotificationBell does. */
public final class NotificationPushProbe {

    private NotificationPushProbe() {
    }

    public static Registration listen(ApplicationContext node, long userId, IntConsumer onAdded) {
        return node.getBean(NotificationBroadcaster.class).register(userId, new DirectUI(), onAdded);
    }
}
