package com.claimdesk.messaging.ui;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditRecord;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.ThreadEntry;
import com.claimdesk.messaging.ThreadService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The conversation of a case, oldest first: buyer messages, our replies, internal notes (visibly different) and
 * system lines for status changes and assignments, with the compose box below. Bodies are set as text, never as
 * HTML, so a buyer's pasted markup or script shows literally.
 */
class ThreadPanel extends VerticalLayout {

    private final transient ThreadService threads;
    private final transient AuditService audit;
    private final VerticalLayout entries = new VerticalLayout();
    private final ComposeBox compose;
    private ComplaintSnapshot snapshot;
    private Runnable afterSave = this::refresh;

    ThreadPanel(ThreadService threads, AuditService audit, ComposeBox compose) {
        this.threads = threads;
        this.audit = audit;
        this.compose = compose;
        setPadding(false);
        addClassName("cd-thread");
        entries.setId("thread-entries");
        entries.setPadding(false);
        entries.setSpacing(false);
        entries.addClassName("cd-thread-entries");
        compose.onSave(this::save);
        add(entries, compose);
    }

    /**
     * Called after an entry was saved instead of showing the thread again: e.g. to tell the page, which shows the
     * case again (the first-response clock stopped), this thread included.
     */
    void afterSave(Runnable action) {
        this.afterSave = action;
    }

    void show(ComplaintSnapshot s) {
        this.snapshot = s;
        compose.setCase(s);
        refresh();
    }

    void refresh() {
        entries.removeAll();
        record Line(Instant at, long order, Div view) {
        }
        List<Line> lines = new ArrayList<>();
        for (ThreadEntry e : threads.thread(snapshot.id())) {
            lines.add(new Line(e.sentAt(), e.id(), message(e)));
        }
        for (AuditRecord r : audit.history(snapshot.id())) {
            if (r.action() == AuditAction.STATUS_CHANGED || r.action() == AuditAction.ASSIGNED
                    || r.action() == AuditAction.CASE_OPENED) {
                lines.add(new Line(r.occurredAt(), r.id(), system(r)));
            }
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::order));
        if (lines.isEmpty()) {
            entries.add(new Paragraph(getTranslation("thread.empty")));
        }
        lines.forEach(l -> entries.add(l.view()));
    }

    private Div message(ThreadEntry e) {
        var card = new Div();
        card.addClassNames("cd-message", "cd-message-" + e.kind().name().toLowerCase().replace('_', '-'));
        card.setId("message-" + e.id());
        var head = new Div();
        head.addClassName("cd-message-head");
        var kind = new Span(Labels.of(e.kind()));
        kind.addClassName("cd-message-kind");
        head.add(kind, new Span(e.authorName()));
        if (e.channel() != null) {
            head.add(new Span(Labels.of(e.channel())));
        }
        if (e.language() != null) {
            head.add(new Span(Labels.language(e.language())));
        }
        var time = new Span(Formats.dateTime(e.sentAt()));
        time.getElement().setAttribute("title", getTranslation("thread.recordedAt", Formats.dateTime(e.recordedAt())));
        head.add(time);
        var body = new Div();
        body.addClassName("cd-message-body");
        body.setText(e.body()); // text, not HTML
        card.add(head, body);
        return card;
    }

    private Div system(AuditRecord r) {
        var line = new Div();
        line.addClassName("cd-message-system");
        String text = switch (r.action()) {
            case STATUS_CHANGED -> getTranslation("thread.system.status", r.actorName(),
                    Labels.of(ComplaintStatus.valueOf(r.oldValue())), Labels.of(ComplaintStatus.valueOf(r.newValue())));
            case ASSIGNED -> r.newValue() == null
                    ? getTranslation("thread.system.unassigned", r.actorName())
                    : getTranslation("thread.system.assigned", r.actorName(), r.newValue());
            default -> getTranslation("thread.system.opened", r.actorName());
        };
        line.setText(text + " · " + Formats.dateTime(r.occurredAt()));
        return line;
    }

    private boolean save(com.claimdesk.messaging.NewMessage message) {
        boolean saved = Attempt.run(() -> threads.add(snapshot.id(), message, Formats.zone()), compose::showError);
        if (saved) {
            Notifications.success(getTranslation(message.getKind() == MessageKind.NOTE ? "thread.noteSaved"
                    : message.getKind() == MessageKind.REPLY ? "thread.replySaved" : "thread.buyerMessageSaved"));
            afterSave.run();
        }
        return saved;
    }
}
