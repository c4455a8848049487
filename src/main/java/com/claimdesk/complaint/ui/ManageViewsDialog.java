package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.complaint.SavedFilterItem;
import com.claimdesk.complaint.SavedFilterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Renames and deletes the saved views the user may change: their own, and the team's for managers and leads. */
class ManageViewsDialog extends Dialog {

    private final transient SavedFilterService views;
    private final VerticalLayout rows = new VerticalLayout();

    ManageViewsDialog(SavedFilterService views) {
        this.views = views;
        setHeaderTitle(getTranslation("savedView.manage.title"));
        setId("manage-views-dialog");
        setWidth("34em");
        rows.setPadding(false);
        add(rows);
        var close = new Button(getTranslation("action.close"), e -> close());
        close.setId("manage-views-close");
        getFooter().add(close);
        fill();
    }

    private void fill() {
        rows.removeAll();
        var editable = views.visible().stream().filter(SavedFilterItem::editable).toList();
        if (editable.isEmpty()) {
            rows.add(new Paragraph(getTranslation("savedView.manage.none")));
        }
        editable.forEach(v -> rows.add(row(v)));
    }

    private HorizontalLayout row(SavedFilterItem view) {
        var name = new TextField();
        name.setValue(view.name());
        name.setMaxLength(SavedFilterService.MAX_NAME);
        name.setAriaLabel(getTranslation("savedView.name"));
        name.addClassName("saved-view-rename-field");
        name.setWidth("16em");
        var rename = new Button(getTranslation("savedView.rename"), VaadinIcon.EDIT.create(),
                e -> Attempt.get(() -> views.rename(view.id(), name.getValue()), problem -> {
                    name.setErrorMessage(problem);
                    name.setInvalid(true);
                }).ifPresent(renamed -> {
                    name.setInvalid(false);
                    SavedViewsChanged.fire();
                }));
        rename.addClassName("saved-view-rename");
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var delete = new Button(getTranslation("savedView.delete"), VaadinIcon.TRASH.create(),
                e -> {
                    if (Attempt.run(() -> views.delete(view.id()))) {
                        SavedViewsChanged.fire();
                        fill();
                    }
                });
        delete.addClassName("saved-view-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var scope = new Span(getTranslation(view.team() ? "savedView.team" : "savedView.mine"));
        scope.addClassName("cd-muted");
        var row = new HorizontalLayout(name, scope, rename, delete);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("saved-view-row");
        return row;
    }
}
