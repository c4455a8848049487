package com.claimdesk.notification.ui;

import com.claimdesk.base.node.ClusterSignals;
import com.claimdesk.notification.NotificationsChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Tells open pages that their user has new notifications (pushed through {@link UI#access}). The pages are those of
 * this node; the other nodes hear of the new notifications through {@link ClusterSignals} and tell theirs, so a bell
 * on node B updates when a notification is raised on node A (docs/decisions/141-shared-state-across-nodes.md).
 */
@Component
class NotificationBroadcaster {

    static final String TOPIC = "notifications";
    /** Recipients per signal: a notification to a whole team stays within the signal's column. */
    private static final int PER_SIGNAL = 1000;

    private final Map<Long, Map<UI, IntConsumer>> listeners = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    NotificationBroadcaster(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, payload -> tell(decode(payload)));
    }

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
        tell(event.added());
        List<String> parts = new ArrayList<>();
        for (var added : event.added().entrySet()) {
            parts.add(added.getKey() + "=" + added.getValue());
            if (parts.size() == PER_SIGNAL) {
                signals.publish(TOPIC, String.join(",", parts));
                parts.clear();
            }
        }
        if (!parts.isEmpty()) {
            signals.publish(TOPIC, String.join(",", parts));
        }
    }

    private static Map<Long, Integer> decode(String payload) {
        Map<Long, Integer> added = new HashMap<>();
        for (String part : payload.split(",")) {
            int eq = part.indexOf('=');
            added.put(Long.parseLong(part.substring(0, eq)), Integer.parseInt(part.substring(eq + 1)));
        }
        return added;
    }

    private void tell(Map<Long, Integer> addedByUser) {
        for (var added : addedByUser.entrySet()) {
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
