package com.claimdesk.workspace.ui;

import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.claimdesk.workspace.CaseSection;
import com.claimdesk.workspace.CaseSource;
import com.claimdesk.workspace.CaseTab;
import com.claimdesk.workspace.LoadedCase;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The case page: a frame that the features fill. It loads the case through the {@link CaseSource}, shows its title,
 * who else is looking, and what the features contribute: panels in the header and beside the tabs
 * ({@link CasePanel}), tabs ({@link CaseTab}) and sections within them ({@link CaseSection}), all Spring beans found
 * by type. A tab's content is built when the tab is first opened. When a part reports a change of the case, the page
 * loads it again and tells every part; content built for one version of the case is built again (see
 * {@link CaseTab.Lifetime}). Moving to another case drops every part of the previous one.
 */
@Route("cases/:caseNumber")
@RolesAllowed(Role.AGENT_ROLE)
class CaseWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_NUMBER = "caseNumber";

    private final transient CaseSource source;
    private final transient List<CaseTab> tabContributions;
    private final transient Map<String, List<CaseSection>> sectionsByTab;
    private final transient List<CasePanel> panelContributions;
    private final transient PresenceRegistry presence;

    private final H2 title = new H2();
    private final HorizontalLayout facts = new HorizontalLayout();
    private final VerticalLayout header = new VerticalLayout();
    private final VerticalLayout side = new VerticalLayout();
    private final TabSheet tabs = new TabSheet();
    final Span presenceLabel = new Span();

    /** The tabs this user sees, in order; the same for every case. */
    private final List<TabSlot> tabSlots = new ArrayList<>();
    /** The panels built for the case shown, each with its own context. */
    private final List<Part> panels = new ArrayList<>();

    private LoadedCase current;
    private Registration presenceRegistration;

    CaseWorkspaceView(CaseSource source, List<CaseTab> tabs, List<CaseSection> sections, List<CasePanel> panels,
                      PresenceRegistry presence) {
        this.source = source;
        this.tabContributions = tabs.stream().filter(t -> maySee(t.requiredRole()))
                .sorted(Comparator.comparingInt(CaseTab::order)).toList();
        this.sectionsByTab = sections.stream().filter(s -> maySee(s.requiredRole()))
                .sorted(Comparator.comparingInt(CaseSection::order))
                .collect(Collectors.groupingBy(CaseSection::tab));
        this.panelContributions = panels.stream().filter(p -> maySee(p.requiredRole()))
                .sorted(Comparator.comparingInt(CasePanel::order)).toList();
        this.presence = presence;
        addClassName("cd-case");
        setSizeFull();

        title.setId("case-title");
        title.addClassName("cd-case-title");
        facts.setId("case-facts");
        facts.addClassName("cd-case-facts");
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        presenceLabel.setId("presence");
        presenceLabel.addClassName("cd-presence");
        presenceLabel.setVisible(false);
        header.setPadding(false);
        header.setSpacing(false);
        header.addClassName("cd-case-header");

        side.setPadding(false);
        side.setSpacing(false);
        side.addClassName("cd-side-panels");
        side.setId("side-panels");
        // a layout is 100 % wide by default; the panels keep a fixed column beside the tabs
        side.setWidth("19em");
        side.setHeightFull();

        this.tabs.setId("case-tabs");
        for (CaseTab tab : tabContributions) {
            tabSlots.add(new TabSlot(tab, sectionsByTab.getOrDefault(tab.id(), List.of())));
        }
        this.tabs.addSelectedChangeListener(e -> {
            TabSlot slot = slotOf(e.getSelectedTab());
            if (slot != null && current != null && (slot.part == null || slot.tab.lifetime() == CaseTab.Lifetime.OPENING)) {
                slot.build();
            }
        });
        this.tabs.setSizeFull();
        this.tabs.setMinWidth("0");

        var body = new HorizontalLayout(this.tabs, side);
        body.setSizeFull();
        body.setFlexGrow(1, this.tabs);
        body.setFlexShrink(0, side);
        body.addClassName("cd-case-body");
        add(header, body);
        setFlexGrow(1, body);
    }

    /** Whether the signed-in user has {@code role}; a part without a required role is for everyone on the page. */
    private static boolean maySee(Role role) {
        return role == null || CurrentUser.get().map(u -> u.hasRole(role)).orElse(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get(CASE_NUMBER).orElse(""));
    }

    /** Shows the case with this number; the router reuses this page for another case, so that may be a new one. */
    void open(String caseNumber) {
        // an unknown case number throws NotFoundException, which the router shows as the friendly not-found page
        LoadedCase loaded = source.load(caseNumber);
        if (current != null && !current.caseNumber().equals(loaded.caseNumber())) {
            // nothing of the previous case may stay
            forgetPreviousCase();
        }
        show(loaded, null, false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        registerPresence(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
        super.onDetach(event);
    }

    private void registerPresence(UI ui) {
        if (current != null && presenceRegistration == null) {
            var me = CurrentUser.require();
            presenceRegistration = presence.open(current.caseNumber(), ui, me.id(), me.displayName(),
                    this::showPresence);
        }
    }

    private void showPresence(List<String> others) {
        presenceLabel.setVisible(!others.isEmpty());
        presenceLabel.setText(others.isEmpty() ? "" : getTranslation("presence.alsoViewing", String.join(", ", others)));
    }

    private void forgetPreviousCase() {
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
        current = null;
        panels.forEach(Part::close);
        panels.clear();
        facts.removeAll();
        header.removeAll();
        side.removeAll();
        tabSlots.forEach(TabSlot::drop);
        tabs.setSelectedIndex(0);
        // registered again for the new case once it is shown
        UI ui = UI.getCurrent();
        ui.access(() -> registerPresence(ui));
    }

    /**
     * Shows {@code loaded}: the first time for this case, every panel and the open tab are built; afterwards each
     * part hears of the change, and content built for one version is built again or dropped.
     */
    private void show(LoadedCase loaded, TabSlot origin, boolean keepOrigin) {
        boolean first = current == null;
        current = loaded;
        title.setText(loaded.title());
        if (first) {
            buildPanels();
            TabSlot selected = slotOf(tabs.getSelectedTab());
            if (selected != null) {
                selected.build();
            }
            return;
        }
        List.copyOf(panels).forEach(Part::changed);
        for (TabSlot slot : List.copyOf(tabSlots)) {
            if (slot.part == null) {
                continue;
            }
            boolean open = slot.vaadinTab.equals(tabs.getSelectedTab());
            if (slot.tab.lifetime() != CaseTab.Lifetime.VERSION || (slot == origin && keepOrigin)) {
                slot.part.changed();
            } else if (open) {
                slot.build();
            } else {
                slot.drop();
            }
        }
    }

    private void buildPanels() {
        header.add(title, facts);
        for (CasePanel contribution : panelContributions) {
            var part = new Part(null);
            panels.add(part);
            Component panel = contribution.create(part);
            switch (contribution.slot()) {
                case FACTS -> facts.add(panel);
                case HEADER -> header.add(panel);
                case SIDE -> side.add(panel);
            }
        }
        if (presenceLabel.getParent().isEmpty()) {
            header.add(presenceLabel);
        }
    }

    private void reload(TabSlot origin, boolean keepOrigin, boolean onlyIfNewer) {
        LoadedCase loaded = source.load(current.caseNumber());
        if (onlyIfNewer && loaded.version() == current.version()) {
            return;
        }
        show(loaded, origin, keepOrigin);
    }

    private void publish(Object event) {
        List<Part> live = new ArrayList<>(panels);
        tabSlots.stream().map(s -> s.part).filter(Objects::nonNull).forEach(live::add);
        live.forEach(p -> p.hear(event));
    }

    private TabSlot slotOf(Tab tab) {
        return tabSlots.stream().filter(s -> s.vaadinTab.equals(tab)).findFirst().orElse(null);
    }

    /** The number of the case shown. */
    String caseNumber() {
        return current == null ? null : current.caseNumber();
    }

    /** The case shown, as its owner's snapshot. */
    <T> T snapshot(Class<T> type) {
        return type.cast(current.snapshot());
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("case.title") : current.caseNumber();
    }

    /** One tab of the page: its contribution, its sections, and the content built for the case shown, if any. */
    private final class TabSlot {

        final CaseTab tab;
        final List<CaseSection> sections;
        final VerticalLayout holder = new VerticalLayout();
        final Tab vaadinTab;
        Part part;

        TabSlot(CaseTab tab, List<CaseSection> sections) {
            this.tab = tab;
            this.sections = sections;
            holder.setPadding(false);
            vaadinTab = tabs.add(getTranslation(tab.titleKey()), holder);
            vaadinTab.setId(tab.id());
        }

        void build() {
            drop();
            part = new Part(this);
            Component content = tab.create(part);
            // content that fills the tab (a grid) needs a holder that does too
            if (content instanceof HasSize sized && "100%".equals(sized.getHeight())) {
                holder.setHeightFull();
            }
            holder.add(content);
            for (CaseSection section : sections) {
                holder.add(section.create(part));
            }
        }

        void drop() {
            if (part != null) {
                part.close();
                part = null;
            }
            holder.removeAll();
        }
    }

    /** The context one part (a panel, or a tab with its sections) gets; its listeners end with it. */
    private final class Part implements CaseContext {

        private final TabSlot slot;
        private final List<Runnable> listeners = new ArrayList<>();
        private final List<Subscription<?>> subscriptions = new ArrayList<>();
        private boolean closed;

        Part(TabSlot slot) {
            this.slot = slot;
        }

        void changed() {
            if (!closed) {
                List.copyOf(listeners).forEach(Runnable::run);
            }
        }

        void hear(Object event) {
            if (!closed) {
                List.copyOf(subscriptions).forEach(s -> s.offer(event));
            }
        }

        void close() {
            closed = true;
            listeners.clear();
            subscriptions.clear();
        }

        @Override
        public long caseId() {
            return current.id();
        }

        @Override
        public String caseNumber() {
            return current.caseNumber();
        }

        @Override
        public <T> T snapshot(Class<T> type) {
            return type.cast(current.snapshot());
        }

        @Override
        public Registration onChange(Runnable listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        @Override
        public void caseChanged() {
            reload(slot, false, false);
        }

        @Override
        public void caseChangedKeepingThis() {
            reload(slot, true, false);
        }

        @Override
        public void caseMayHaveChanged() {
            reload(slot, false, true);
        }

        @Override
        public void openTab(String tabId) {
            tabSlots.stream().filter(s -> s.tab.id().equals(tabId)).findFirst().ifPresent(s -> {
                if (s.vaadinTab.equals(tabs.getSelectedTab())) {
                    if (s.part == null) {
                        s.build();
                    }
                } else {
                    tabs.setSelectedTab(s.vaadinTab);
                }
            });
        }

        @Override
        public void publish(Object event) {
            CaseWorkspaceView.this.publish(event);
        }

        @Override
        public <E> Registration subscribe(Class<E> type, Consumer<? super E> listener) {
            var subscription = new Subscription<>(type, listener);
            subscriptions.add(subscription);
            return () -> subscriptions.remove(subscription);
        }

        @Override
        public Component presence() {
            return presenceLabel;
        }
    }

    private record Subscription<E>(Class<E> type, Consumer<? super E> listener) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }
}
