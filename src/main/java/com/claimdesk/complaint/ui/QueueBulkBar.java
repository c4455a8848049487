package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.BulkResult;
import com.claimdesk.complaint.CaseVersion;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.QueueBulkService;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Above the queue: how many cases are selected, "select the first 200", and the actions that change all selected
 * cases in one step. Each action asks for its one value in a small dialog built when it opens; the outcome is shown
 * in {@link BulkSummaryDialog}.
 */
class QueueBulkBar extends HorizontalLayout {

    /** Whom to assign to: me, nobody, or a colleague. */
    private record AssignTo(String kind, Long userId, String label) {
    }

    private final transient QueueBulkService bulk;
    private final transient UserService users;
    private final transient Supplier<List<ComplaintListItem>> selection;
    private final transient Consumer<BulkResult> done;
    private final Span count = new Span();
    private final List<Button> actions;

    QueueBulkBar(QueueBulkService bulk, UserService users, Supplier<List<ComplaintListItem>> selection,
                 Runnable selectFirst, Runnable clear, Consumer<BulkResult> done) {
        this.bulk = bulk;
        this.users = users;
        this.selection = selection;
        this.done = done;
        addClassName("cd-bulk-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setSpacing(true);
        count.setId("bulk-count");
        count.addClassName("cd-bulk-count");

        var first = button("bulk-select-first", getTranslation("queue.bulk.selectFirst", QueueBulkService.MAX_CASES),
                e -> selectFirst.run());
        var none = button("bulk-clear", getTranslation("queue.bulk.clear"), e -> clear.run());
        actions = List.of(
                button("bulk-assign", getTranslation("queue.bulk.assign"), e -> openAssign()),
                button("bulk-status", getTranslation("queue.bulk.status"), e -> openStatus()),
                button("bulk-priority", getTranslation("queue.bulk.priority"), e -> openPriority()),
                button("bulk-tag", getTranslation("queue.bulk.tag"), e -> openTag()));
        add(count, first);
        actions.forEach(this::add);
        add(none);
        selectionChanged(0);
    }

    private Button button(String id, String text, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> click) {
        var b = new Button(text, click);
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    void selectionChanged(int selected) {
        count.setText(getTranslation("queue.bulk.selected", selected, QueueBulkService.MAX_CASES));
        actions.forEach(b -> b.setEnabled(selected > 0));
    }

    private void openAssign() {
        var to = new ComboBox<AssignTo>(getTranslation("queue.bulk.assign.to"));
        to.setId("bulk-assign-to");
        to.setItemLabelGenerator(AssignTo::label);
        to.setItems(Stream.concat(Stream.of(new AssignTo("me", null, getTranslation("queue.bulk.assign.me")),
                                new AssignTo("nobody", null, getTranslation("queue.bulk.assign.nobody"))),
                        users.listCaseWorkers().stream().sorted(Comparator.comparing(UserRef::displayName))
                                .map(u -> new AssignTo("user", u.id(), u.displayName())))
                .toList());
        open("queue.bulk.assign.title", to, cases -> switch (to.getValue().kind()) {
            case "me" -> bulk.assignToMe(cases);
            case "nobody" -> bulk.assign(cases, null);
            default -> bulk.assign(cases, to.getValue().userId());
        });
    }

    private void openStatus() {
        var status = new Select<ComplaintStatus>();
        status.setLabel(getTranslation("complaint.status"));
        status.setId("bulk-status-value");
        // closing asks each case for its root cause: that is done on the case
        status.setItems(Arrays.stream(ComplaintStatus.values()).filter(s -> s != ComplaintStatus.CLOSED).toList());
        status.setItemLabelGenerator(Labels::of);
        open("queue.bulk.status.title", status, cases -> bulk.changeStatus(cases, status.getValue()));
    }

    private void openPriority() {
        var priority = new Select<Priority>();
        priority.setLabel(getTranslation("complaint.priority"));
        priority.setId("bulk-priority-value");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Labels::of);
        open("queue.bulk.priority.title", priority, cases -> bulk.changePriority(cases, priority.getValue()));
    }

    private void openTag() {
        var tag = new TextField(getTranslation("queue.bulk.tag.label"));
        tag.setId("bulk-tag-value");
        tag.setMaxLength(ComplaintDetails.MAX_TAG_LENGTH);
        tag.setHelperText(getTranslation("queue.bulk.tag.helper", ComplaintDetails.MAX_TAGS));
        // the server's rule, said before anything is sent: 1 to MAX_TAG_LENGTH characters once trimmed
        open("queue.bulk.tag.title", tag, cases -> bulk.addTag(cases, tag.getValue()),
                getTranslation("queue.bulk.tag.invalid", ComplaintDetails.MAX_TAG_LENGTH));
    }

    /** A dialog asking for one value; Apply runs the action on the selected cases and closes it. */
    private void open(String titleKey, Component field, Function<List<CaseVersion>, BulkResult> action) {
        open(titleKey, field, action, getTranslation("queue.bulk.valueRequired"));
    }

    private <V> void open(String titleKey, Component field, Function<List<CaseVersion>, BulkResult> action,
                          String whenEmpty) {
        @SuppressWarnings("unchecked")
        var value = (HasValue<?, V>) field;
        var dialog = new Dialog(getTranslation(titleKey));
        dialog.setId("bulk-dialog");
        var note = new Span(getTranslation("queue.bulk.applyTo", selection.get().size()));
        var layout = new com.vaadin.flow.component.orderedlayout.VerticalLayout(note, field);
        layout.setPadding(false);
        dialog.add(layout);
        var apply = new Button(getTranslation("queue.bulk.apply"), VaadinIcon.CHECK.create());
        apply.setId("bulk-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> {
            if (value.isEmpty() || (field instanceof TextField t && t.getValue().isBlank())) {
                if (field instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(whenEmpty);
                    v.setInvalid(true);
                }
                return;
            }
            var cases = selection.get().stream().map(CaseVersion::of).toList();
            Attempt.get(() -> action.apply(cases), problem -> {
                if (field instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(problem);
                    v.setInvalid(true);
                }
            }).ifPresent(result -> {
                dialog.close();
                done.accept(result);
            });
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("bulk-cancel");
        dialog.getFooter().add(cancel, apply);
        dialog.open();
    }
}
