package com.claimdesk.workspace.ui;

import com.claimdesk.base.node.ClusterSignals;
import com.claimdesk.workspace.CaseViewers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Who has which case open right now, like a helpdesk's collision detection, across all nodes. Each open case page
 * registers with a callback; whenever the set of viewers of a case changes, every page of that case on this node is
 * told (through {@link UI#access}, which pushes the change to the browser). The viewers themselves are in the
 * database ({@link CaseViewers}), so they include the pages of other nodes; a node that opens or closes a page tells
 * the others at once ({@link ClusterSignals}), and every {@code expiry / 3} each node refreshes its own rows and tells
 * its pages when a viewer expired (a node died). See docs/decisions/141-shared-state-across-nodes.md.
 */
@Component
class PresenceRegistry {

    static final String TOPIC = "presence";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PresenceRegistry.class);
    private static final java.time.Duration GOODBYE = java.time.Duration.ofSeconds(2);

    record Viewer(String id, UI ui, long userId, String name, Consumer<List<String>> onChange) {
    }

    private final CaseViewers shared;
    private final ClusterSignals signals;
    /** This node's pages per case. */
    private final Map<String, Map<UI, Viewer>> viewersByCase = new ConcurrentHashMap<>();
    /** What this node's pages of a case were last told, to tell them again only when it changed. */
    private final Map<String, List<CaseViewers.Viewer>> told = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    PresenceRegistry(CaseViewers shared, ClusterSignals signals) {
        this.shared = shared;
        this.signals = signals;
        signals.subscribe(TOPIC, caseNumber -> {
            if (viewersByCase.containsKey(caseNumber)) {
                broadcast(caseNumber, shared.viewers(caseNumber));
            }
        });
        signals.repeat(shared.expiry().dividedBy(3), this::refresh);
    }

    Registration open(String caseNumber, UI ui, long userId, String name, Consumer<List<String>> onChange) {
        var viewer = new Viewer(UUID.randomUUID().toString(), ui, userId, name, onChange);
        viewersByCase.computeIfAbsent(caseNumber, k -> new ConcurrentHashMap<>()).put(ui, viewer);
        shared.enter(viewer.id(), caseNumber, userId, name);
        changed(caseNumber);
        return () -> close(caseNumber, ui);
    }

    private void close(String caseNumber, UI ui) {
        var viewers = viewersByCase.get(caseNumber);
        Viewer gone = viewers == null ? null : viewers.remove(ui);
        if (viewers != null && viewers.isEmpty()) {
            viewersByCase.remove(caseNumber, viewers);
            told.remove(caseNumber);
        }
        if (gone != null && !stopped) {
            shared.leave(gone.id());
            changed(caseNumber);
        }
    }

    /** The other people (not the same user in another tab) who have the case open, on any node. */
    List<String> othersViewing(String caseNumber, long userId) {
        return others(shared.viewers(caseNumber), userId);
    }

    private static List<String> others(List<CaseViewers.Viewer> viewers, long userId) {
        return viewers.stream().filter(v -> v.userId() != userId).map(CaseViewers.Viewer::name).distinct().sorted()
                .toList();
    }

    /**
     * When the application stops, Tomcat ends every session and each case page says goodbye: there is nobody left
     * to tell, and the pages that would be told can no longer reach the application's beans. The other nodes learn
     * that this node's viewers left, if the database answers within {@link #GOODBYE}; otherwise (it went away first,
     * as an embedded one does on Ctrl-C) the rows expire, and the shutdown does not wait for a connection.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void stopTelling() {
        stopped = true;
        var cases = List.copyOf(viewersByCase.keySet());
        viewersByCase.clear();
        told.clear();
        var goodbye = new Thread(() -> {
            try {
                shared.leaveAll();
                cases.forEach(caseNumber -> signals.publish(TOPIC, caseNumber));
            } catch (RuntimeException e) {
                log.info("This node's case viewers could not be removed; they expire: {}", e.toString());
            }
        }, "presence-goodbye");
        goodbye.setDaemon(true);
        goodbye.start();
        try {
            goodbye.join(GOODBYE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void changed(String caseNumber) {
        broadcast(caseNumber, shared.viewers(caseNumber));
        signals.publish(TOPIC, caseNumber);
    }

    /** Keeps this node's viewers alive, and tells its pages of viewers that expired meanwhile. */
    void refresh() {
        if (stopped) {
            return;
        }
        shared.touch();
        var cases = List.copyOf(viewersByCase.keySet());
        // one query for every case open on this node, not one per case every few seconds
        var viewers = shared.viewers(cases);
        for (String caseNumber : cases) {
            var now = viewers.getOrDefault(caseNumber, List.of());
            if (!now.equals(told.get(caseNumber))) {
                broadcast(caseNumber, now);
            }
        }
    }

    private void broadcast(String caseNumber, List<CaseViewers.Viewer> all) {
        if (stopped) {
            return;
        }
        var viewers = viewersByCase.getOrDefault(caseNumber, Map.of());
        if (!viewers.isEmpty()) {
            told.put(caseNumber, all);
        }
        for (Viewer v : List.copyOf(viewers.values())) {
            if (v.ui().isClosing()) {
                // a page being closed (its browser went away) hears nothing more; its detach removes it
                continue;
            }
            List<String> others = others(all, v.userId());
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
