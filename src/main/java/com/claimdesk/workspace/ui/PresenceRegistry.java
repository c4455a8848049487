package com.claimdesk.workspace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Who has which case open right now, like a helpdesk's collision detection. Each open case page registers with a
 * callback; whenever the set of viewers of a case changes, every page of that case is told (through
 * {@link UI#access}, which pushes the change to the browser). Kept in memory: on several nodes each node knows its
 * own viewers (sticky sessions keep a user on one node).
 */
@Component
class PresenceRegistry {

    record Viewer(UI ui, long userId, String name, Consumer<List<String>> onChange) {
    }

    private final Map<String, Map<UI, Viewer>> viewersByCase = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    Registration open(String caseNumber, UI ui, long userId, String name, Consumer<List<String>> onChange) {
        viewersByCase.computeIfAbsent(caseNumber, k -> new ConcurrentHashMap<>())
                .put(ui, new Viewer(ui, userId, name, onChange));
        broadcast(caseNumber);
        return () -> close(caseNumber, ui);
    }

    private void close(String caseNumber, UI ui) {
        var viewers = viewersByCase.get(caseNumber);
        if (viewers != null) {
            viewers.remove(ui);
            if (viewers.isEmpty()) {
                viewersByCase.remove(caseNumber, viewers);
            }
        }
        broadcast(caseNumber);
    }

    /** The other people (not the same user in another tab) who have the case open. */
    List<String> othersViewing(String caseNumber, long userId) {
        var viewers = viewersByCase.getOrDefault(caseNumber, Map.of());
        return viewers.values().stream().filter(v -> v.userId() != userId).map(Viewer::name).distinct().sorted().toList();
    }

    /**
     * When the application stops, Tomcat ends every session and each case page says goodbye: there is nobody left
     * to tell, and the pages that would be told can no longer reach the application's beans.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void stopTelling() {
        stopped = true;
        viewersByCase.clear();
    }

    private void broadcast(String caseNumber) {
        if (stopped) {
            return;
        }
        var viewers = viewersByCase.getOrDefault(caseNumber, Map.of());
        for (Viewer v : List.copyOf(viewers.values())) {
            if (v.ui().isClosing()) {
                // a page being closed (its browser went away) hears nothing more; its detach removes it
                continue;
            }
            List<String> others = othersViewing(caseNumber, v.userId());
            if (Objects.equals(UI.getCurrent(), v.ui())) {
                v.onChange().accept(others);
            } else {
                try {
                    v.ui().access(() -> v.onChange().accept(others));
                } catch (com.vaadin.flow.component.UIDetachedException closedMeanwhile) {
                    close(caseNumber, v.ui());
                }
            }
        }
    }
}
