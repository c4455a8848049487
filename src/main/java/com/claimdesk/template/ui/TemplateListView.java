package com.claimdesk.template.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.security.Role;
import com.claimdesk.template.TemplateListItem;
import com.claimdesk.template.TemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The team's reply templates, for team leads: create, edit with a live preview, delete. Agents only use them. */
@Route("templates")
@Menu(order = 50, icon = "vaadin:file-text-o", title = "nav.templates")
@RolesAllowed(Role.LEAD_ROLE)
class TemplateListView extends VerticalLayout implements HasDynamicTitle {

    private final transient TemplateService service;
    private final transient Clock clock;
    final Grid<TemplateListItem> grid = new Grid<>();

    TemplateListView(TemplateService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        var create = new Button(getTranslation("templates.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.setId("new-template");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("templates-grid");
        grid.addColumn(TemplateListItem::name).setHeader(getTranslation("templates.name"))
                .setComparator(Comparator.comparing(TemplateListItem::name, String.CASE_INSENSITIVE_ORDER))
                .setTooltipGenerator(TemplateListItem::name).setFlexGrow(3).setResizable(true);
        grid.addColumn(t -> t.language() + " · " + Labels.language(t.language()))
                .setHeader(getTranslation("templates.language")).setComparator(TemplateListItem::language)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::fits).setHeader(getTranslation("templates.fits")).setTooltipGenerator(this::fits)
                .setFlexGrow(2).setResizable(true);
        // who changed it last is in the tooltip: the column stays narrow enough for the names on a laptop
        grid.addColumn(t -> Formats.dateTime(t.updatedAt())).setHeader(getTranslation("templates.updated"))
                .setTooltipGenerator(t -> Formats.dateTime(t.updatedAt())
                        + (t.updatedByName() == null ? "" : " · " + t.updatedByName()))
                .setComparator(TemplateListItem::updatedAt).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("templates.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        add(create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String fits(TemplateListItem t) {
        if (t.fitsAllCases()) {
            return getTranslation("templates.fitsAll");
        }
        return Stream.concat(t.categories().stream().sorted(), t.subReasons().stream().sorted())
                .map(Labels::of).collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(TemplateListItem t) {
        var edit = new Button(getTranslation("templates.editAction"), e -> openEditor(t));
        edit.setId("edit-template-" + t.id());
        var delete = new Button(getTranslation("templates.delete"), e -> confirmDelete(t));
        delete.setId("delete-template-" + t.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var b : List.of(edit, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, delete);
    }

    void refresh() {
        grid.setItems(service.list());
    }

    private void openEditor(TemplateListItem existing) {
        List<String> languagesInUse = grid.getListDataView().getItems().map(TemplateListItem::language)
                .distinct().toList();
        new TemplateEditor(service, existing, languagesInUse, LocalDate.now(clock.withZone(Formats.zone())),
                this::refresh).open();
    }

    private void confirmDelete(TemplateListItem t) {
        var confirm = new ConfirmDialog(getTranslation("templates.delete"),
                getTranslation("templates.deleteConfirm", t.name(), t.language()), getTranslation("templates.delete"),
                e -> {
                    if (Attempt.run(() -> service.delete(t.id()))) {
                        Notifications.success(getTranslation("templates.deleted"));
                    }
                    refresh();
                });
        confirm.setId("confirm-delete-template");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title");
    }
}
