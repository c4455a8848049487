package com.claimdesk.notification;

import java.util.Map;

/**
 * Published after the commit that gave people new notifications: how many each recipient got, so their open pages
 * can update their count without asking the database from another user's thread.
 */
public record NotificationsChanged(Map<Long, Integer> added) {

    public NotificationsChanged {
        added = Map.copyOf(added);
    }
}
