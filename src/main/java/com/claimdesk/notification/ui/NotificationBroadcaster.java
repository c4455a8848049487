package com.claimdesk.notification.ui;

import com.claimdesk.notification.NotificationsChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Tells open pages that their user has new notifications (pushed through {@link UI#access}). In memory per node: a
 * person on another node sees the new count on their next navigation or the bell's periodic refresh.
 */
@Component
class NotificationBroadcaster {

    private final Map<Long, Map<UI, IntConsumer>> listeners = new ConcurrentHashMap<>();

    /** {@code onAdded} receives how many new notifications the user got; it runs with the UI's lock held. */
    Registration register(long userId, UI ui, IntConsumer onAdded) {
        listeners.computeIfAbsent(userId, k -> new ConcurrentHashMap<>()).put(ui, onAdded);
        return () -> unregister(userId, ui);
    }

    private void unregister(long userId, UI ui) {
        var forUser = listeners.get(userId);
        if (forUser != null) {
            forUser.remove(ui);
            if (forUser.isEmpty()) {
                listeners.remove(userId, forUser);
            }
        }
    }

    @EventListener
    void onChange(NotificationsChanged event) {
        for (var added : event.added().entrySet()) {
            long userId = added.getKey();
            int count = added.getValue();
            var forUser = listeners.getOrDefault(userId, Map.of());
            for (var entry : List.copyOf(forUser.entrySet())) {
                UI ui = entry.getKey();
                if (ui == UI.getCurrent()) {
                    entry.getValue().accept(count);
                    continue;
                }
                try {
                    ui.access(() -> entry.getValue().accept(count));
                } catch (UIDetachedException closedMeanwhile) {
                    unregister(userId, ui);
                }
            }
        }
    }
}
