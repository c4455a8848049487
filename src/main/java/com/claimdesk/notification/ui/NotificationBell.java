package com.claimdesk.notification.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.notification.NotificationKind;
import com.claimdesk.notification.NotificationService;
import com.claimdesk.notification.NotificationSummary;
import com.claimdesk.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The bell in the navigation bar: the unread count as a badge, and behind it the newest notifications. Opening one
 * marks it read and goes to its case.
 */
@Component
@Scope("prototype")
@NamedInterface("notification-bell")
public class NotificationBell extends Div {

    private final transient java.time.Clock clock;

    private final transient NotificationService notifications;
    private final transient NotificationBroadcaster broadcaster;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private Registration registration;
    private Registration polling;
    private long unread;

    @Autowired
    NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, java.time.Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        addClassName("cd-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setAriaLabel(getTranslation("notification.bell"));
        count.setId("notification-count");
        count.addClassNames("cd-badge", "cd-badge-urgent", "cd-bell-count");
        add(bell, count);

        var markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var title = new H3(getTranslation("notification.title"));
        var header = new HorizontalLayout(title, markAll);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        list.addClassName("cd-notification-list");
        list.setId("notification-list");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("380px");
        popover.add(header, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fillList();
            }
        });
        add(popover);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        CurrentUser.get().ifPresent(me -> registration = broadcaster.register(me.id(), event.getUI(), this::added));
        // another node's notifications arrive without a push: look again every two minutes
        event.getUI().setPollInterval(120_000);
        polling = event.getUI().addPollListener(p -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    /**
     * Pushed from another user's request (their decision notified us): count up without asking the database, which
     * would run with that other user's identity. The next refresh (navigation, poll, opening the list) recounts.
     */
    private void added(int howMany) {
        unread += howMany;
        render();
        if (popover.isOpened()) {
            popover.close();
        }
    }

    /** Counts again; runs in this user's own requests (navigation, poll, clicks). */
    public void refresh() {
        unread = notifications.countUnread();
        render();
        if (popover.isOpened()) {
            fillList();
        }
    }

    private void render() {
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setTooltipText(getTranslation("notification.unread", unread));
    }

    private void fillList() {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            var empty = new Span(getTranslation("notification.empty"));
            empty.addClassName("cd-muted");
            list.add(empty);
            return;
        }
        Instant now = clock.instant();
        items.forEach(n -> list.add(item(n, now)));
    }

    private Div item(NotificationSummary n, Instant now) {
        var icon = new Icon(iconOf(n.kind()));
        icon.addClassName("cd-notification-icon-" + n.kind().name().toLowerCase().replace('_', '-'));
        var text = new Span(getTranslation(n.messageKey(), n.args().toArray()));
        var when = new Span(Formats.dateTime(n.createdAt()) + " · " + Formats.age(n.createdAt(), now));
        when.addClassName("cd-muted");
        var body = new Div(text, when);
        var row = new Div(icon, body);
        row.addClassName("cd-notification");
        if (n.unread()) {
            row.addClassName("cd-notification-unread");
        }
        row.setId("notification-" + n.id());
        row.addClickListener(e -> open(n));
        return row;
    }

    private void open(NotificationSummary n) {
        if (n.unread()) {
            notifications.markRead(n.id());
        }
        popover.close();
        refresh();
        if (n.caseNumber() != null) {
            getUI().ifPresent(ui -> ui.navigate("cases/" + n.caseNumber()));
        }
    }

    private static VaadinIcon iconOf(NotificationKind kind) {
        return switch (kind) {
            case REFUND_APPROVED -> VaadinIcon.CHECK_CIRCLE;
            case REFUND_REJECTED -> VaadinIcon.CLOSE_CIRCLE;
            case REFUND_WAITING -> VaadinIcon.HOURGLASS;
            case DEADLINE_NEAR -> VaadinIcon.CLOCK;
            case DEADLINE_MISSED -> VaadinIcon.EXCLAMATION_CIRCLE;
            case PREVENTION -> VaadinIcon.WARNING;
            case INFO -> VaadinIcon.INFO_CIRCLE;
        };
    }
}
