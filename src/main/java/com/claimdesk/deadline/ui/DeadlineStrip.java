package com.claimdesk.deadline.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.DueText;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.deadline.DeadlineState;
import com.claimdesk.deadline.DeadlineSummary;
import com.claimdesk.deadline.PlatformEvent;
import com.claimdesk.deadline.PreventionAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The case header's deadlines: every pending one with "due in 3 h" / "overdue 2 d" in colour, each with mark met
 * and extend; buttons to add one or to enter a platform event (dispute opened, chargeback) whose dates the
 * marketplace rules compute; and above them the prevention banner when the promised delivery date is near and the
 * goods are not delivered. Times are entered and shown in the viewer's zone and stored in UTC.
 */
class DeadlineStrip extends VerticalLayout {

    private final transient DeadlineService service;
    private final transient Clock clock;
    private final Duration atRiskWithin;
    private final Runnable onChange;
    private long complaintId;
    private final Div banner = new Div();
    private final Div chips = new Div();

    DeadlineStrip(DeadlineService service, Clock clock, Duration atRiskWithin, Runnable onChange) {
        this.service = service;
        this.clock = clock;
        this.atRiskWithin = atRiskWithin;
        this.onChange = onChange;
        setId("case-deadlines");
        setPadding(false);
        setSpacing(false);
        banner.setId("prevention-banner");
        banner.addClassName("cd-prevention");
        chips.addClassName("cd-deadlines");
        add(banner, chips);
    }

    void show(long complaintId) {
        this.complaintId = complaintId;
        Instant now = clock.instant();
        List<DeadlineSummary> all = service.forCase(complaintId);
        showBanner(service.prevention(complaintId).orElse(null));

        chips.removeAll();
        var label = new Span(getTranslation("deadline.header"));
        label.addClassName("cd-muted");
        chips.add(label);
        all.stream().filter(DeadlineSummary::pending).forEach(d -> chips.add(chip(d, now)));
        if (all.stream().noneMatch(DeadlineSummary::pending)) {
            var none = new Span(getTranslation("deadline.none"));
            none.setId("deadline-none");
            none.addClassName("cd-muted");
            chips.add(none);
        }
        var add = new Button(getTranslation("deadline.add"), VaadinIcon.PLUS.create(), e -> openAdd());
        add.setId("deadline-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var event = new Button(getTranslation("deadline.event"), VaadinIcon.GAVEL.create(), e -> openEvent());
        event.setId("deadline-event");
        event.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        chips.add(add, event);
    }

    private void showBanner(PreventionAlert alert) {
        banner.removeAll();
        banner.setVisible(alert != null);
        if (alert == null) {
            return;
        }
        // the platform promises a day: show that day (it ends at midnight in the team's zone)
        LocalDate promisedDay = LocalDate.ofInstant(alert.promisedBy().minusSeconds(1), service.workingCalendar().zone());
        var text = new Span(getTranslation("deadline.prevention.banner", Formats.date(promisedDay),
                DueText.relative(alert.promisedBy(), clock.instant())));
        var extended = new Button(getTranslation("deadline.prevention.markExtended"), VaadinIcon.CALENDAR.create(),
                e -> openExtendDate(alert.deadlineId(), alert.version(), alert.promisedBy()));
        extended.setId("prevention-mark-extended");
        extended.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        banner.add(VaadinIcon.WARNING.create(), text, extended);
    }

    private Div chip(DeadlineSummary d, Instant now) {
        var chip = new Div();
        chip.setId("deadline-" + d.id());
        chip.addClassNames("cd-deadline", DueText.cssClass(DueText.tone(d.due(), now, atRiskWithin)));
        var name = new Span(Labels.of(d.kind()) + (d.kind() == DeadlineKind.CUSTOM && d.note() != null
                ? ": " + d.note() : ""));
        var when = new Span(DueText.relative(d.due(), now));
        when.addClassName("cd-due");
        chip.getElement().setAttribute("title", tooltip(d));
        chip.add(name, when);
        if (d.state() == DeadlineState.EXTENDED) {
            var ext = new Span(getTranslation("deadline.extendedMark"));
            ext.addClassName("cd-muted");
            chip.add(ext);
        }
        var met = new Button(VaadinIcon.CHECK.create(), e -> act(() -> service.markMet(d.id(), d.version()),
                "deadline.metDone"));
        met.setId("deadline-met-" + d.id());
        met.setAriaLabel(getTranslation("deadline.markMet"));
        met.setTooltipText(getTranslation("deadline.markMet"));
        met.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        var extend = new Button(VaadinIcon.CALENDAR_CLOCK.create(), e -> openExtend(d));
        extend.setId("deadline-extend-" + d.id());
        extend.setAriaLabel(getTranslation("deadline.extend"));
        extend.setTooltipText(getTranslation("deadline.extend"));
        extend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        chip.add(met, extend);
        return chip;
    }

    private String tooltip(DeadlineSummary d) {
        var sb = new StringBuilder(Labels.of(d.kind())).append(" · ").append(Formats.dateTime(d.due()))
                .append(" · ").append(Labels.of(d.source()));
        if (d.ruleBasis() != null) {
            sb.append(" (").append(d.ruleBasis()).append(")");
        }
        if (d.state() == DeadlineState.EXTENDED) {
            sb.append(" · ").append(getTranslation("deadline.extendedBy", d.extendedByName() == null ? "?" : d.extendedByName(),
                    Formats.dateTime(d.originalDue())));
        }
        if (d.missedAt() != null) {
            sb.append(" · ").append(getTranslation("deadline.missedAt", Formats.dateTime(d.missedAt())));
        }
        return sb.toString();
    }

    /** Extending any deadline: a new date and time in the viewer's zone, and why. */
    void openExtend(DeadlineSummary d) {
        var dialog = new Dialog(getTranslation("deadline.extend.title", Labels.of(d.kind())));
        var to = new DateTimePicker(getTranslation("deadline.extend.newDue"));
        to.setId("extend-to");
        to.setValue(LocalDateTime.ofInstant(d.due(), Formats.zone()).plusDays(1));
        var reason = new TextField(getTranslation("deadline.extend.reason"));
        reason.setId("extend-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var save = new Button(getTranslation("deadline.extend"), e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("deadline.error.dateRequired"));
                return;
            }
            Instant due = to.getValue().atZone(Formats.zone()).toInstant();
            if (act(() -> service.extend(d.id(), d.version(), due, reason.getValue()), "deadline.extendedDone")) {
                dialog.close();
            }
        });
        save.setId("extend-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(to, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** The prevention banner's action: the new delivery date as set on the platform (a day, ending in the team's zone). */
    void openExtendDate(long deadlineId, long version, Instant current) {
        var dialog = new Dialog(getTranslation("deadline.prevention.title"));
        var day = new DatePicker(getTranslation("deadline.prevention.newDate"));
        day.setId("prevention-new-date");
        var calendar = service.workingCalendar();
        day.setMin(LocalDate.ofInstant(current, calendar.zone()));
        var reason = new TextField(getTranslation("deadline.extend.reason"));
        reason.setId("prevention-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var save = new Button(getTranslation("deadline.prevention.markExtended"), e -> {
            if (day.getValue() == null) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("deadline.error.dateRequired"));
                return;
            }
            Instant due = calendar.endOf(day.getValue());
            if (act(() -> service.extend(deadlineId, version, due, reason.getValue()), "deadline.extendedDone")) {
                dialog.close();
            }
        });
        save.setId("prevention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("deadline.prevention.help")), day, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void openAdd() {
        var dialog = new Dialog(getTranslation("deadline.add.title"));
        var kind = new ComboBox<DeadlineKind>(getTranslation("deadline.kind"));
        kind.setId("add-kind");
        kind.setItems(DeadlineKind.enterable());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(DeadlineKind.CUSTOM);
        var due = new DateTimePicker(getTranslation("deadline.due"));
        due.setId("add-due");
        var note = new TextField(getTranslation("deadline.note"));
        note.setId("add-note");
        note.setMaxLength(500);
        note.setWidthFull();
        var save = new Button(getTranslation("deadline.add"), e -> {
            if (kind.getValue() == null || due.getValue() == null) {
                due.setInvalid(due.getValue() == null);
                due.setErrorMessage(getTranslation("deadline.error.dateRequired"));
                return;
            }
            Instant at = due.getValue().atZone(Formats.zone()).toInstant();
            if (act(() -> service.add(complaintId, kind.getValue(), at, note.getValue()), "deadline.added")) {
                dialog.close();
            }
        });
        save.setId("add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(kind, due, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void openEvent() {
        var dialog = new Dialog(getTranslation("deadline.event.title"));
        var event = new ComboBox<PlatformEvent>(getTranslation("deadline.event.kind"));
        event.setId("event-kind");
        event.setItems(PlatformEvent.values());
        event.setItemLabelGenerator(Labels::of);
        event.setValue(PlatformEvent.DISPUTE_OPENED);
        var at = new DateTimePicker(getTranslation("deadline.event.at"));
        at.setId("event-at");
        at.setValue(LocalDateTime.ofInstant(clock.instant(), Formats.zone()).withSecond(0).withNano(0));
        var hint = new Paragraph(getTranslation("deadline.rules.checkPlatform"));
        hint.addClassName("cd-muted");
        var save = new Button(getTranslation("deadline.event.compute"), e -> {
            if (event.getValue() == null || at.getValue() == null) {
                at.setInvalid(at.getValue() == null);
                at.setErrorMessage(getTranslation("deadline.error.dateRequired"));
                return;
            }
            Instant when = at.getValue().atZone(Formats.zone()).toInstant();
            if (act(() -> service.enterEvent(complaintId, event.getValue(), when), "deadline.eventEntered")) {
                dialog.close();
            }
        });
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(event, at, hint));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private boolean act(Supplier<?> action, String successKey) {
        boolean done = Attempt.run(action::get);
        if (done) {
            Notifications.success(getTranslation(successKey));
            show(complaintId);
            onChange.run();
        }
        return done;
    }
}
