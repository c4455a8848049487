package com.claimdesk.review.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.review.LessonForm;
import com.claimdesk.review.LessonService;
import com.claimdesk.review.LessonSummary;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prevention checklist: lessons grouped by category and root cause, with the product they concern. Every agent
 * can read and search it; team leads add, change and retire lessons here (and from reviews).
 */
@Route("prevention")
@Menu(order = 6, icon = "vaadin:lightbulb", title = "nav.prevention")
@RolesAllowed(Role.AGENT_ROLE)
class ChecklistView extends VerticalLayout implements HasDynamicTitle {

    private final transient LessonService service;
    final TextField search = new TextField();
    final Select<Category> category = new Select<>();
    final Select<RootCause> rootCause = new Select<>();
    final TextField sku = new TextField();
    final Div results = new Div();
    private final boolean lead;

    ChecklistView(LessonService service) {
        this.service = service;
        this.lead = CurrentUser.get().map(u -> u.hasRole(Role.LEAD)).orElse(false);
        search.setId("checklist-search");
        search.setLabel(getTranslation("checklist.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        category.setId("checklist-category");
        category.setLabel(getTranslation("complaint.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("queue.filter.any") : Labels.of(c));
        category.setEmptySelectionAllowed(true);
        rootCause.setId("checklist-root-cause");
        rootCause.setLabel(getTranslation("closing.rootCause"));
        rootCause.setItems(RootCause.values());
        rootCause.setItemLabelGenerator(c -> c == null ? getTranslation("queue.filter.any") : Labels.of(c));
        rootCause.setEmptySelectionAllowed(true);
        sku.setId("checklist-sku");
        sku.setLabel(getTranslation("complaint.sku"));
        sku.setValueChangeMode(ValueChangeMode.LAZY);
        sku.setWidth("10em");
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        rootCause.addValueChangeListener(e -> refresh());
        sku.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(search, category, rootCause, sku);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (lead) {
            var add = new Button(getTranslation("lesson.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("lesson-add");
            filters.add(add);
        }
        results.setId("checklist");
        results.setWidthFull();
        add(new Paragraph(getTranslation("checklist.intro")), filters, results);
        refresh();
    }

    void refresh() {
        results.removeAll();
        List<LessonSummary> lessons = service.checklist(search.getValue(), category.getValue(), rootCause.getValue(),
                sku.getValue());
        if (lessons.isEmpty()) {
            var none = new Paragraph(getTranslation("checklist.empty"));
            none.setId("checklist-empty");
            results.add(none);
            return;
        }
        Map<Category, Map<RootCause, List<LessonSummary>>> grouped = new LinkedHashMap<>();
        for (LessonSummary l : lessons) {
            grouped.computeIfAbsent(l.category(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(l.rootCause(), k -> new java.util.ArrayList<>()).add(l);
        }
        grouped.forEach((cat, byCause) -> {
            results.add(new H3(Labels.of(cat)));
            byCause.forEach((cause, items) -> {
                results.add(new H4(Labels.of(cause)));
                items.forEach(l -> results.add(item(l)));
            });
        });
    }

    private Div item(LessonSummary l) {
        var check = VaadinIcon.CHECK_SQUARE_O.create();
        check.addClassName("cd-lesson-icon");
        var title = new Span(l.title());
        title.addClassName("cd-lesson-title");
        var head = new HorizontalLayout(check, title);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setSpacing(true);
        if (l.sku() != null) {
            var tag = new Span(l.sku());
            tag.addClassName("cd-tag");
            head.add(tag);
        }
        if (l.caseNumber() != null) {
            head.add(new Anchor("cases/" + l.caseNumber(), l.caseNumber()));
        }
        if (lead) {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(l));
            edit.setId("lesson-edit-" + l.id());
            edit.setAriaLabel(getTranslation("lesson.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            var retire = new Button(VaadinIcon.ARCHIVE.create(), e -> {
                service.retire(l.id());
                Notifications.success(getTranslation("lesson.retired"));
                refresh();
            });
            retire.setId("lesson-retire-" + l.id());
            retire.setAriaLabel(getTranslation("lesson.retire"));
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            head.add(edit, retire);
        }
        var box = new Div(head);
        box.setId("lesson-" + l.id());
        box.addClassName("cd-lesson");
        if (l.body() != null && !l.body().equals(l.title())) {
            var body = new Paragraph(l.body());
            body.addClassName("cd-muted");
            box.add(body);
        }
        return box;
    }

    /** Writes a new lesson ({@code existing} null) or changes one. */
    private void edit(LessonSummary existing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "lesson.add" : "lesson.edit"));
        var cat = new EnumSelect<>("complaint.category", Category.class);
        cat.setId("lesson-category");
        var cause = new EnumSelect<>("closing.rootCause", RootCause.class);
        cause.setId("lesson-root-cause");
        var code = new TextField(getTranslation("complaint.sku"));
        code.setMaxLength(64);
        var title = new TextField(getTranslation("lesson.title"));
        title.setId("lesson-title");
        title.setMaxLength(200);
        title.setWidthFull();
        var body = new TextArea(getTranslation("lesson.body"));
        body.setMaxLength(2000);
        body.setWidthFull();
        var binder = new BeanValidationBinder<>(LessonForm.class);
        binder.forField(cat).bind("category");
        binder.forField(cause).bind("rootCause");
        binder.forField(code).bind("sku");
        binder.forField(title).bind("title");
        binder.forField(body).bind("body");
        var form = new LessonForm();
        if (existing != null) {
            form.setCategory(existing.category());
            form.setRootCause(existing.rootCause());
            form.setSku(existing.sku());
            form.setTitle(existing.title());
            form.setBody(existing.body());
        }
        binder.readBean(form);
        var save = new Button(getTranslation("lesson.save"), e -> {
            var changed = new LessonForm();
            if (!binder.writeBeanIfValid(changed)) {
                return;
            }
            if (Attempt.run(() -> {
                if (existing == null) {
                    service.create(changed);
                } else {
                    service.change(existing.id(), changed);
                }
            })) {
                dialog.close();
                Notifications.success(getTranslation("lesson.saved"));
                refresh();
            }
        });
        save.setId("lesson-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var selects = new HorizontalLayout(cat, cause, code);
        selects.setWrap(true);
        dialog.add(new VerticalLayout(selects, title, body));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklist.title");
    }
}
