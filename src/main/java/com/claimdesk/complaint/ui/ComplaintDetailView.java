package com.claimdesk.complaint.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.base.ui.StatusBadge;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;

/**
 * One case: its header with the allowed next steps, assignment, and all its facts, editable. Every change sends
 * the version the page was built from, so a colleague's newer change is never overwritten silently.
 */
@Route("cases/:caseNumber")
@RolesAllowed(Role.AGENT_ROLE)
class ComplaintDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_NUMBER = "caseNumber";

    private final transient ComplaintService service;
    private final transient UserService userService;
    private final transient Clock clock;

    private final H2 title = new H2();
    private final HorizontalLayout facts = new HorizontalLayout();
    private final HorizontalLayout statusActions = new HorizontalLayout();
    private final ComboBox<UserRef> assignee = new ComboBox<>();
    private final Div signerWarning = new Div();
    private final Div formError = new Div();
    private final ComplaintForm form = new ComplaintForm();
    private final Button save = new Button();

    private ComplaintSnapshot snapshot;

    ComplaintDetailView(ComplaintService service, UserService userService, Clock clock) {
        this.service = service;
        this.userService = userService;
        this.clock = clock;
        addClassName("cd-case");
        setMaxWidth("80em");

        title.setId("case-title");
        title.addClassName("cd-case-title");
        facts.setId("case-facts");
        facts.addClassName("cd-case-facts");
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        statusActions.setId("status-actions");
        statusActions.setWrap(true);

        assignee.setId("assignee");
        assignee.setLabel(getTranslation("complaint.assignee"));
        assignee.setItemLabelGenerator(UserRef::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("complaint.unassigned"));
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> service.assign(snapshot.caseNumber(), snapshot.version(),
                        e.getValue() == null ? null : e.getValue().id()), "case.assigned");
            }
        });
        var assignToMe = new Button(getTranslation("case.assignToMe"), VaadinIcon.USER_CHECK.create(),
                e -> act(() -> service.assignToMe(snapshot.caseNumber(), snapshot.version()), "case.assigned"));
        assignToMe.setId("assign-to-me");

        signerWarning.setId("signer-warning");
        signerWarning.addClassName("cd-warning");
        formError.setId("form-error");
        formError.addClassName("cd-form-error");
        formError.setVisible(false);

        save.setText(getTranslation("case.save"));
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var header = new VerticalLayout(title, facts, statusActions);
        header.setPadding(false);
        header.setSpacing(false);
        header.addClassName("cd-case-header");
        var assignment = new HorizontalLayout(assignee, assignToMe);
        assignment.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(save);
        actions.addClassName("cd-sticky-actions");
        add(header, assignment, signerWarning, formError, form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseNumber = event.getRouteParameters().get(CASE_NUMBER).orElse("");
        // an unknown case number throws NotFoundException, which the router shows as the friendly not-found page
        ComplaintSnapshot loaded = service.get(caseNumber);
        var workers = new java.util.ArrayList<>(userService.listCaseWorkers());
        if (loaded.assignee() != null && !workers.contains(loaded.assignee())) {
            workers.add(loaded.assignee()); // a disabled colleague still shows as the current assignee
        }
        workers.sort(Comparator.comparing(UserRef::displayName));
        assignee.setItems(workers);
        show(loaded);
        form.read(snapshot.details());
    }

    private void show(ComplaintSnapshot s) {
        this.snapshot = s;
        ComplaintDetails d = s.details();
        title.setText(s.caseNumber() + " · " + d.getBuyerName());

        facts.removeAll();
        var status = new StatusBadge(s.status());
        status.setId("case-status");
        var priority = new StatusBadge(d.getPriority());
        priority.setId("case-priority");
        var category = new Span(Labels.of(d.getCategory()) + " / " + Labels.of(d.getSubReason()));
        var marketplace = new Span(Labels.of(d.getMarketplace()) + " · " + d.getOrderNumber());
        var age = new Span(getTranslation("case.age", Formats.age(s.createdAt(), clock.instant())));
        age.getElement().setAttribute("title", Formats.dateTime(s.createdAt()));
        facts.add(status, priority, category, marketplace, age);
        if (!d.getTags().isEmpty()) {
            d.getTags().forEach(t -> {
                var tag = new Span(t);
                tag.addClassName("cd-tag");
                facts.add(tag);
            });
        }
        if (s.earlierCasesOfBuyer() > 0) {
            facts.add(new Span(getTranslation("case.earlierCases", s.earlierCasesOfBuyer())));
        }

        statusActions.removeAll();
        s.allowedNext().stream().sorted().forEach(target -> {
            boolean reopen = s.status().isReopenedBy(target);
            var button = new Button(getTranslation(reopen ? "status.action.REOPEN" : "status.action." + target.name()),
                    e -> act(() -> service.changeStatus(s.caseNumber(), snapshot.version(), target), "case.statusChanged"));
            button.setId("status-to-" + target.name());
            if (target == ComplaintStatus.RESOLVED) {
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            } else if (target == ComplaintStatus.ESCALATED) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            statusActions.add(button);
        });

        signerWarning.setVisible(s.signerDiffersFromBuyer());
        signerWarning.setText(s.signerDiffersFromBuyer()
                ? getTranslation("case.signerDiffers", d.getSignerName(), d.getBuyerName()) : "");
        if (!Objects.equals(assignee.getValue(), s.assignee())) {
            assignee.setValue(s.assignee());
        }
    }

    private void act(java.util.function.Supplier<ComplaintSnapshot> action, String successKey) {
        try {
            show(action.get());
            Notifications.success(getTranslation(successKey));
        } catch (DomainException e) {
            if ("complaint.error.stale".equals(e.messageKey())) {
                // show what is true now and who changed it; the form keeps what this user typed
                Notifications.error(refreshAfterConflict());
            } else {
                Notifications.failure(e);
            }
        }
    }

    void save() {
        formError.setVisible(false);
        var details = new ComplaintDetails();
        var problem = form.write(details);
        if (problem.isPresent()) {
            formError.setText(problem.get());
            formError.setVisible(true);
            return;
        }
        try {
            show(service.update(snapshot.caseNumber(), snapshot.version(), details));
            form.read(snapshot.details());
            Notifications.success(getTranslation("case.saved"));
        } catch (ConstraintViolationException | DomainException e) {
            boolean stale = e instanceof DomainException de && "complaint.error.stale".equals(de.messageKey());
            formError.setText(stale ? refreshAfterConflict() : Notifications.describe(e));
            formError.setVisible(true);
        }
    }

    /** Shows the case as it is now and says who changed it when; the form keeps what this user typed. */
    private String refreshAfterConflict() {
        ComplaintSnapshot fresh = service.get(snapshot.caseNumber());
        show(fresh);
        return getTranslation("complaint.error.staleBy", fresh.caseNumber(),
                fresh.updatedByName() == null ? "?" : fresh.updatedByName(), Formats.dateTime(fresh.updatedAt()));
    }

    ComplaintSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public String getPageTitle() {
        return snapshot == null ? getTranslation("case.title") : snapshot.caseNumber();
    }
}
