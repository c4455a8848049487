package com.claimdesk.deadline.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.deadline.CalendarSettings;
import com.claimdesk.deadline.Counting;
import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.deadline.HolidaySummary;
import com.claimdesk.deadline.OffsetUnit;
import com.claimdesk.deadline.PlatformEvent;
import com.claimdesk.deadline.RuleDetails;
import com.claimdesk.deadline.SlaDetails;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Where the admin keeps the deadline rules: the team's working calendar (zone, working days and hours, holidays,
 * prevention lead time), the marketplace rules ("check your platform's current rules") and the SLA policies. Edits
 * apply to deadlines computed from then on; existing dates never move.
 */
@Route("admin/deadlines")
@Menu(order = 92, icon = "vaadin:clock", title = "nav.deadlines")
@RolesAllowed(Role.ADMIN_ROLE)
class DeadlineAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient DeadlineService service;
    final ComboBox<String> zone = new ComboBox<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final IntegerField preventionDays = new IntegerField();
    final Grid<HolidaySummary> holidays = new Grid<>();
    final Grid<RuleDetails> rules = new Grid<>();
    final Grid<SlaDetails> slas = new Grid<>();
    private CalendarSettings calendar;

    DeadlineAdminView(DeadlineService service) {
        this.service = service;
        setMaxWidth("70em");
        add(new H3(getTranslation("deadline.admin.calendar")), calendarForm(), holidaySection(),
                new H3(getTranslation("deadline.admin.rules")), rulesSection(),
                new H3(getTranslation("deadline.admin.sla")), slaSection());
        load();
    }

    private VerticalLayout calendarForm() {
        zone.setId("calendar-zone");
        zone.setLabel(getTranslation("deadline.admin.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setWidth("16em");
        days.setId("calendar-days");
        days.setLabel(getTranslation("deadline.admin.workingDays"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Formats.locale()));
        start.setId("calendar-start");
        start.setLabel(getTranslation("deadline.admin.workStart"));
        end.setId("calendar-end");
        end.setLabel(getTranslation("deadline.admin.workEnd"));
        preventionDays.setId("calendar-prevention-days");
        preventionDays.setLabel(getTranslation("deadline.admin.preventionDays"));
        preventionDays.setHelperText(getTranslation("deadline.admin.preventionDays.help"));
        preventionDays.setMin(1);
        preventionDays.setMax(60);
        var save = new Button(getTranslation("action.save"), e -> saveCalendar());
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(zone, start, end, preventionDays, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var form = new VerticalLayout(row, days);
        form.setPadding(false);
        return form;
    }

    void saveCalendar() {
        var next = new CalendarSettings(zone.getValue(), days.getValue(), start.getValue(), end.getValue(),
                preventionDays.getValue() == null ? 0 : preventionDays.getValue(), calendar.version());
        if (act(() -> service.saveCalendar(next))) {
            load();
        }
    }

    private VerticalLayout holidaySection() {
        holidays.setId("holidays");
        holidays.addThemeVariants(GridVariant.LUMO_COMPACT);
        holidays.setAllRowsVisible(true);
        holidays.addColumn(h -> Formats.date(h.day())).setHeader(getTranslation("deadline.admin.holiday.day"));
        holidays.addColumn(HolidaySummary::name).setHeader(getTranslation("deadline.admin.holiday.name"));
        holidays.addComponentColumn(h -> {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (act(() -> {
                    service.removeHoliday(h.day());
                    return null;
                })) {
                    load();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("deadline.admin.holiday.remove"));
            return remove;
        }).setWidth("5em").setFlexGrow(0);
        var day = new DatePicker(getTranslation("deadline.admin.holiday.day"));
        day.setId("holiday-day");
        var name = new TextField(getTranslation("deadline.admin.holiday.name"));
        name.setId("holiday-name");
        name.setMaxLength(80);
        var add = new Button(getTranslation("deadline.admin.holiday.add"), e -> {
            if (day.getValue() == null || name.getValue().isBlank()) {
                Notifications.error(getTranslation("deadline.error.holidayIncomplete"));
                return;
            }
            if (act(() -> {
                service.addHoliday(day.getValue(), name.getValue());
                return null;
            })) {
                day.clear();
                name.clear();
                load();
            }
        });
        add.setId("holiday-add");
        var row = new HorizontalLayout(day, name, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(new Paragraph(getTranslation("deadline.admin.holidays")), holidays, row);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout rulesSection() {
        var hint = new Paragraph(getTranslation("deadline.rules.checkPlatform"));
        hint.setId("rules-hint");
        hint.addClassName("cd-muted");
        rules.setId("rules");
        rules.addThemeVariants(GridVariant.LUMO_COMPACT);
        rules.setAllRowsVisible(true);
        rules.addColumn(r -> r.marketplace() == null ? getTranslation("deadline.anyMarketplace") : Labels.of(r.marketplace()))
                .setHeader(getTranslation("complaint.marketplace"));
        rules.addColumn(r -> Labels.of(r.event())).setHeader(getTranslation("deadline.event.kind"));
        rules.addColumn(r -> Labels.of(r.deadlineKind())).setHeader(getTranslation("deadline.kind"));
        rules.addColumn(r -> r.offset() + " " + Labels.of(r.unit())).setHeader(getTranslation("deadline.admin.offset"));
        rules.addColumn(r -> Labels.of(r.counting())).setHeader(getTranslation("deadline.admin.counting"));
        rules.addColumn(r -> getTranslation(r.active() ? "deadline.admin.active" : "deadline.admin.inactive"))
                .setHeader(getTranslation("deadline.admin.state"));
        rules.addItemClickListener(e -> editRule(e.getItem()));
        var add = new Button(getTranslation("deadline.admin.rule.new"), VaadinIcon.PLUS.create(),
                e -> editRule(new RuleDetails(null, null, PlatformEvent.DISPUTE_OPENED, DeadlineKind.DISPUTE_REPLY, 3,
                        OffsetUnit.DAYS, Counting.CALENDAR, true, 0)));
        add.setId("rule-new");
        var section = new VerticalLayout(hint, rules, add);
        section.setPadding(false);
        return section;
    }

    void editRule(RuleDetails rule) {
        var dialog = new Dialog(getTranslation("deadline.admin.rule.edit"));
        var marketplace = new ComboBox<Marketplace>(getTranslation("complaint.marketplace"));
        marketplace.setId("rule-marketplace");
        marketplace.setItems(Marketplace.values());
        marketplace.setItemLabelGenerator(Labels::of);
        marketplace.setClearButtonVisible(true);
        marketplace.setPlaceholder(getTranslation("deadline.anyMarketplace"));
        marketplace.setValue(rule.marketplace());
        var event = enumBox("rule-event", "deadline.event.kind", PlatformEvent.values(), rule.event());
        var kind = enumBox("rule-kind", "deadline.kind", DeadlineKind.values(), rule.deadlineKind());
        var offset = new IntegerField(getTranslation("deadline.admin.offset"));
        offset.setId("rule-offset");
        offset.setValue(rule.offset());
        offset.setMin(1);
        var unit = enumBox("rule-unit", "deadline.admin.unit", OffsetUnit.values(), rule.unit());
        var counting = enumBox("rule-counting", "deadline.admin.counting", Counting.values(), rule.counting());
        var active = new Checkbox(getTranslation("deadline.admin.active"), rule.active());
        active.setId("rule-active");
        var save = new Button(getTranslation("action.save"), e -> {
            var next = new RuleDetails(rule.id(), marketplace.getValue(), event.getValue(), kind.getValue(),
                    offset.getValue() == null ? 0 : offset.getValue(), unit.getValue(), counting.getValue(),
                    active.getValue(), rule.version());
            if (act(() -> service.saveRule(next))) {
                dialog.close();
                load();
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var hint = new Paragraph(getTranslation("deadline.admin.rule.noMove"));
        hint.addClassName("cd-muted");
        dialog.add(new VerticalLayout(marketplace, event, kind, new HorizontalLayout(offset, unit), counting, active, hint));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private VerticalLayout slaSection() {
        slas.setId("slas");
        slas.addThemeVariants(GridVariant.LUMO_COMPACT);
        slas.setAllRowsVisible(true);
        slas.addColumn(s -> Labels.of(s.priority())).setHeader(getTranslation("complaint.priority"));
        slas.addColumn(s -> s.marketplace() == null ? getTranslation("deadline.anyMarketplace") : Labels.of(s.marketplace()))
                .setHeader(getTranslation("complaint.marketplace"));
        slas.addColumn(s -> getTranslation("deadline.admin.hours", s.firstResponseHours()))
                .setHeader(getTranslation("enum.DeadlineKind.FIRST_RESPONSE"));
        slas.addColumn(s -> getTranslation("deadline.admin.hours", s.resolutionHours()))
                .setHeader(getTranslation("enum.DeadlineKind.RESOLUTION_TARGET"));
        slas.addColumn(s -> Labels.of(s.counting())).setHeader(getTranslation("deadline.admin.counting"));
        slas.addItemClickListener(e -> editSla(e.getItem()));
        var add = new Button(getTranslation("deadline.admin.sla.new"), VaadinIcon.PLUS.create(),
                e -> editSla(new SlaDetails(null, Priority.NORMAL, null, 8, 80, Counting.WORKING_HOURS, 0)));
        add.setId("sla-new");
        var section = new VerticalLayout(new Paragraph(getTranslation("deadline.admin.sla.help")), slas, add);
        section.setPadding(false);
        return section;
    }

    void editSla(SlaDetails sla) {
        var dialog = new Dialog(getTranslation("deadline.admin.sla.edit"));
        var priority = enumBox("sla-priority", "complaint.priority", Priority.values(), sla.priority());
        priority.setReadOnly(sla.id() != null);
        var marketplace = new ComboBox<Marketplace>(getTranslation("complaint.marketplace"));
        marketplace.setId("sla-marketplace");
        marketplace.setItems(Marketplace.values());
        marketplace.setItemLabelGenerator(Labels::of);
        marketplace.setClearButtonVisible(true);
        marketplace.setPlaceholder(getTranslation("deadline.anyMarketplace"));
        marketplace.setValue(sla.marketplace());
        marketplace.setReadOnly(sla.id() != null);
        var first = new IntegerField(getTranslation("deadline.admin.firstResponseHours"));
        first.setId("sla-first");
        first.setValue(sla.firstResponseHours());
        var resolution = new IntegerField(getTranslation("deadline.admin.resolutionHours"));
        resolution.setId("sla-resolution");
        resolution.setValue(sla.resolutionHours());
        var counting = enumBox("sla-counting", "deadline.admin.counting", Counting.values(), sla.counting());
        var save = new Button(getTranslation("action.save"), e -> {
            var next = new SlaDetails(sla.id(), priority.getValue(), marketplace.getValue(),
                    first.getValue() == null ? 0 : first.getValue(),
                    resolution.getValue() == null ? 0 : resolution.getValue(), counting.getValue(), sla.version());
            if (act(() -> service.saveSla(next))) {
                dialog.close();
                load();
            }
        });
        save.setId("sla-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(priority, marketplace, first, resolution, counting));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, String labelKey, E[] values, E value) {
        var box = new ComboBox<E>(getTranslation(labelKey));
        box.setId(id);
        box.setItems(Arrays.asList(values));
        box.setItemLabelGenerator(Labels::of);
        box.setValue(value);
        return box;
    }

    private void load() {
        calendar = service.calendarSettings();
        zone.setValue(calendar.timeZone());
        days.setValue(calendar.workingDays());
        start.setValue(calendar.workStart());
        end.setValue(calendar.workEnd());
        preventionDays.setValue(calendar.preventionDays());
        holidays.setItems(service.holidays());
        rules.setItems(service.rules());
        slas.setItems(service.slaPolicies());
    }

    private boolean act(Supplier<?> action) {
        boolean done = Attempt.run(action::get);
        if (done) {
            Notifications.success(getTranslation("deadline.admin.saved"));
        }
        return done;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadline.admin.title");
    }
}
