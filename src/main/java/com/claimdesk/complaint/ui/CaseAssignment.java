package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Supplier;

/** Who works the case, "assign to me", and beside them who else has the case open. */
@SpringComponent
class CaseAssignment implements CasePanel {

    private final ComplaintService service;
    private final UserService users;

    CaseAssignment(ComplaintService service, UserService users) {
        this.service = service;
        this.users = users;
    }

    @Override
    public Slot slot() {
        return Slot.HEADER;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Component create(CaseContext context) {
        Supplier<ComplaintSnapshot> now = () -> context.snapshot(ComplaintSnapshot.class);
        var assignee = new ComboBox<UserRef>();
        assignee.setId("assignee");
        assignee.setAriaLabel(assignee.getTranslation("complaint.assignee"));
        assignee.setItemLabelGenerator(UserRef::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(assignee.getTranslation("complaint.unassigned"));
        assignee.addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        var workers = new ArrayList<>(users.listCaseWorkers());
        UserRef current = now.get().assignee();
        if (current != null && !workers.contains(current)) {
            workers.add(current); // a disabled colleague still shows as the current assignee
        }
        workers.sort(Comparator.comparing(UserRef::displayName));
        assignee.setItems(workers);
        assignee.setValue(current);
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assign(context, () -> service.assign(now.get().caseNumber(), now.get().version(),
                        e.getValue() == null ? null : e.getValue().id()));
            }
        });
        var assignToMe = new Button(assignee.getTranslation("case.assignToMe"), VaadinIcon.USER_CHECK.create(),
                e -> assign(context, () -> service.assignToMe(now.get().caseNumber(), now.get().version())));
        assignToMe.setId("assign-to-me");
        assignToMe.addThemeVariants(ButtonVariant.LUMO_SMALL);
        context.onChange(() -> {
            if (!Objects.equals(assignee.getValue(), now.get().assignee())) {
                assignee.setValue(now.get().assignee());
            }
        });

        var row = new HorizontalLayout(new Span(assignee.getTranslation("complaint.assignee") + ":"), assignee,
                assignToMe, context.presence());
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static void assign(CaseContext context, Runnable change) {
        if (CaseChanges.run(context, change, Notifications::error)) {
            context.caseChanged();
            Notifications.success(UI.getCurrent().getTranslation("case.assigned"));
        }
    }
}
