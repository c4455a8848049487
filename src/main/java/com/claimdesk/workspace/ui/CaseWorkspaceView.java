package com.claimdesk.workspace.ui;

import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.base.ui.StatusBadge;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.ui.ComplaintForm;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The case workspace: header with the allowed next steps and who else is looking, the thread, evidence and history
 * in tabs, the case's facts in side panels, and every field editable under Details. Every change sends the version
 * the page was built from, so a colleague's newer change is never overwritten silently.
 */
@Route("cases/:caseNumber")
@RolesAllowed(Role.AGENT_ROLE)
class CaseWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_NUMBER = "caseNumber";

    private final transient ComplaintService service;
    private final transient UserService userService;
    private final transient ThreadService threads;
    private final transient PresenceRegistry presence;
    private final transient Clock clock;

    private final H2 title = new H2();
    private final HorizontalLayout facts = new HorizontalLayout();
    private final HorizontalLayout statusActions = new HorizontalLayout();
    private final ComboBox<UserRef> assignee = new ComboBox<>();
    final Span presenceLabel = new Span();
    private final Div formError = new Div();
    private final ComplaintForm form = new ComplaintForm();
    private final Button save = new Button();
    private final SidePanels sidePanels = new SidePanels();
    private final ThreadPanel thread;
    private final HistoryPanel history;
    private final TabSheet tabs = new TabSheet();

    private final VerticalLayout evidenceHolder = new VerticalLayout();
    private final VerticalLayout negotiationHolder = new VerticalLayout();
    private final VerticalLayout outcomeHolder = new VerticalLayout();
    private final transient com.claimdesk.settlement.SettlementService settlements;
    private com.vaadin.flow.component.tabs.Tab outcomeTab;
    /** All pending deadlines and the prevention banner, under the case's facts. */
    final com.claimdesk.deadline.ui.DeadlineStrip deadlines;

    private ComplaintSnapshot snapshot;
    private Registration presenceRegistration;

    CaseWorkspaceView(ComplaintService service, UserService userService, ThreadService threads, AuditService audit,
                      com.claimdesk.template.TemplateService templates, com.claimdesk.evidence.EvidenceService evidence,
                      com.claimdesk.negotiation.NegotiationService negotiation,
                      com.claimdesk.refund.RefundService refunds,
                      com.claimdesk.settlement.SettlementService settlements, PresenceRegistry presence, Clock clock,
                      com.claimdesk.deadline.DeadlineService deadlineService) {
        this.service = service;
        // extending the promised delivery date moves the case's own date too: the facts and the form follow
        this.deadlines = new com.claimdesk.deadline.ui.DeadlineStrip(deadlineService, clock, service.atRiskWithin(),
                this::caseChangedByADeadline);
        this.settlements = settlements;
        this.userService = userService;
        this.threads = threads;
        this.presence = presence;
        this.clock = clock;
        this.thread = new ThreadPanel(threads, audit, new ComposeBox(templates, this::placeholderValues));
        this.history = new HistoryPanel(audit);
        thread.afterSave(() -> show(service.get(snapshot.caseNumber())));
        addClassName("cd-case");
        setSizeFull();

        title.setId("case-title");
        title.addClassName("cd-case-title");
        facts.setId("case-facts");
        facts.addClassName("cd-case-facts");
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        statusActions.setId("status-actions");
        statusActions.setWrap(true);
        presenceLabel.setId("presence");
        presenceLabel.addClassName("cd-presence");

        assignee.setId("assignee");
        assignee.setAriaLabel(getTranslation("complaint.assignee"));
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
        assignToMe.addThemeVariants(ButtonVariant.LUMO_SMALL);
        assignee.addThemeVariants(com.vaadin.flow.component.combobox.ComboBoxVariant.LUMO_SMALL);

        formError.setId("form-error");
        formError.addClassName("cd-form-error");
        formError.setVisible(false);
        save.setText(getTranslation("case.save"));
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var assignment = new HorizontalLayout(new Span(getTranslation("complaint.assignee") + ":"), assignee, assignToMe,
                presenceLabel);
        assignment.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignment.setWrap(true);
        var header = new VerticalLayout(title, facts, deadlines, statusActions, assignment);
        header.setPadding(false);
        header.setSpacing(false);
        header.addClassName("cd-case-header");

        var actions = new HorizontalLayout(save);
        actions.addClassName("cd-sticky-actions");
        var details = new VerticalLayout(formError, form, actions);
        details.setPadding(false);

        tabs.setId("case-tabs");
        evidenceHolder.setPadding(false);
        negotiationHolder.setPadding(false);
        outcomeHolder.setPadding(false);
        tabs.add(getTranslation("tab.thread"), thread).setId("tab-thread");
        tabs.add(getTranslation("tab.negotiation"), negotiationHolder).setId("tab-negotiation");
        outcomeTab = tabs.add(getTranslation("tab.outcome"), outcomeHolder);
        outcomeTab.setId("tab-outcome");
        tabs.add(getTranslation("tab.evidence"), evidenceHolder).setId("tab-evidence");
        tabs.add(getTranslation("tab.history"), history).setId("tab-history");
        tabs.add(getTranslation("tab.details"), details).setId("tab-details");
        // evidence, negotiation and history load when first looked at: most visits only read and answer the thread
        tabs.addSelectedChangeListener(e -> {
            String tab = e.getSelectedTab() == null ? "" : e.getSelectedTab().getId().orElse("");
            if ("tab-history".equals(tab)) {
                history.show(snapshot.id());
            } else if ("tab-outcome".equals(tab)) {
                buildOutcome();
            } else if ("tab-evidence".equals(tab) && evidenceHolder.getComponentCount() == 0) {
                evidenceHolder.add(new com.claimdesk.evidence.ui.EvidencePanel(evidence, snapshot.id()));
            } else if ("tab-negotiation".equals(tab) && negotiationHolder.getComponentCount() == 0) {
                var offers = new com.claimdesk.negotiation.ui.NegotiationPanel(negotiation, snapshot.id());
                var refundPanel = new com.claimdesk.refund.ui.RefundPanel(refunds, snapshot.id(),
                        snapshot.details().getOrderCurrency(), () -> show(service.get(snapshot.caseNumber())));
                // accepting an offer with money prepares the refund that settles it
                offers.onAccepted(round -> {
                    // accepting moved the case toward settlement on the server: show its status
                    show(service.get(snapshot.caseNumber()));
                    if (round.amount() != null) {
                        refundPanel.prefill(round.amount().amount(), round.amount().currencyCode(),
                                getTranslation("refund.fromOffer", Labels.of(round.resolution()),
                                        Formats.money(round.amount())), round.id());
                    }
                });
                negotiationHolder.add(offers, refundPanel);
            }
        });
        tabs.setSizeFull();

        var body = new HorizontalLayout(tabs, sidePanels);
        body.setSizeFull();
        body.setFlexGrow(1, tabs);
        body.setFlexShrink(0, sidePanels);
        tabs.setMinWidth("0");
        body.addClassName("cd-case-body");
        add(header, body);
        setFlexGrow(1, body);
    }

    /** Settlement and closing, built from the current snapshot (so that closing sends the current version). */
    private void buildOutcome() {
        outcomeHolder.removeAll();
        outcomeHolder.add(new com.claimdesk.settlement.ui.SettlementPanel(settlements, snapshot.id(),
                        snapshot.details().getOrderCurrency(), snapshot.status() != ComplaintStatus.CLOSED,
                        () -> show(service.get(snapshot.caseNumber())),
                        // a ledger refund now waits for approval: show the case waiting, keep what the form holds
                        () -> show(service.get(snapshot.caseNumber()), false)),
                new ClosingPanel(service, snapshot, this::show));
    }

    /** Adds a tab after the thread (e.g. evidence), for parts that live in other features. */
    void addTab(String label, String id, com.vaadin.flow.component.Component content) {
        tabs.add(label, content).setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseNumber = event.getRouteParameters().get(CASE_NUMBER).orElse("");
        // an unknown case number throws NotFoundException, which the router shows as the friendly not-found page
        ComplaintSnapshot loaded = service.get(caseNumber);
        if (snapshot != null && !snapshot.caseNumber().equals(loaded.caseNumber())) {
            // the router reuses this view for another case: nothing of the previous one may stay
            forgetPreviousCase(event);
        }
        var workers = new ArrayList<>(userService.listCaseWorkers());
        if (loaded.assignee() != null && !workers.contains(loaded.assignee())) {
            workers.add(loaded.assignee()); // a disabled colleague still shows as the current assignee
        }
        workers.sort(Comparator.comparing(UserRef::displayName));
        assignee.setItems(workers);
        show(loaded);
        form.read(snapshot.details());
        thread.show(snapshot);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        registerPresence(event.getUI());
    }

    private void registerPresence(com.vaadin.flow.component.UI ui) {
        if (snapshot != null && presenceRegistration == null) {
            var me = CurrentUser.require();
            presenceRegistration = presence.open(snapshot.caseNumber(), ui, me.id(), me.displayName(),
                    this::showPresence);
        }
    }

    private void forgetPreviousCase(BeforeEnterEvent event) {
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
        evidenceHolder.removeAll();
        negotiationHolder.removeAll();
        outcomeHolder.removeAll();
        tabs.setSelectedIndex(0);
        formError.setVisible(false);
        // registered again for the new case once it is shown
        event.getUI().access(() -> registerPresence(event.getUI()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
        super.onDetach(event);
    }

    private void showPresence(List<String> others) {
        presenceLabel.setVisible(!others.isEmpty());
        presenceLabel.setText(others.isEmpty() ? "" : getTranslation("presence.alsoViewing", String.join(", ", others)));
    }

    private void show(ComplaintSnapshot s) {
        show(s, true);
    }

    private void show(ComplaintSnapshot s, boolean rebuildOutcome) {
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
        facts.add(status, priority, category, marketplace, age, firstResponse(s));
        d.getTags().forEach(t -> {
            var tag = new Span(t);
            tag.addClassName("cd-tag");
            facts.add(tag);
        });

        statusActions.removeAll();
        s.allowedNext().stream().sorted().forEach(target -> {
            boolean reopen = s.status().isReopenedBy(target);
            // resolving records the settlement and closing asks for the root cause: both happen on the outcome tab
            boolean onOutcomeTab = !reopen && (target == ComplaintStatus.RESOLVED || target == ComplaintStatus.CLOSED);
            var button = new Button(getTranslation(reopen ? "status.action.REOPEN" : "status.action." + target.name()),
                    e -> {
                        if (onOutcomeTab) {
                            tabs.setSelectedTab(outcomeTab);
                        } else {
                            act(() -> service.changeStatus(s.caseNumber(), snapshot.version(), target),
                                    "case.statusChanged");
                        }
                    });
            button.setId("status-to-" + target.name());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (target == ComplaintStatus.RESOLVED) {
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            } else if (target == ComplaintStatus.ESCALATED) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            statusActions.add(button);
        });

        if (!Objects.equals(assignee.getValue(), s.assignee())) {
            assignee.setValue(s.assignee());
        }
        sidePanels.show(s);
        deadlines.show(s.id());
        // the outcome tab works with the version it was built from: rebuild it now, or when it is next opened
        if (outcomeTab != null && tabs.getSelectedTab() == outcomeTab) {
            if (rebuildOutcome) {
                buildOutcome();
            }
        } else {
            outcomeHolder.removeAll();
        }
    }

    /** The first-response clock: stopped by the first reply, still running until then. */
    private Span firstResponse(ComplaintSnapshot s) {
        var label = new Span();
        label.setId("first-response");
        threads.firstResponseAt(s.id()).ifPresentOrElse(
                at -> label.setText(getTranslation("case.firstResponse", duration(Duration.between(s.createdAt(), at)))),
                () -> {
                    label.setText(getTranslation("case.noResponseYet"));
                    label.addClassName("cd-no-response");
                });
        return label;
    }

    private String duration(Duration d) {
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() >= 1) {
            return getTranslation("age.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return getTranslation("age.hours", d.toHours());
        }
        return getTranslation("age.minutes", d.toMinutes());
    }

    private void act(java.util.function.Supplier<ComplaintSnapshot> action, String successKey) {
        try {
            show(action.get());
            thread.show(snapshot);
            Notifications.success(getTranslation(successKey));
        } catch (DomainException e) {
            if ("complaint.error.stale".equals(e.messageKey())) {
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
            thread.show(snapshot);
            Notifications.success(getTranslation("case.saved"));
        } catch (ConstraintViolationException | DomainException e) {
            boolean stale = e instanceof DomainException de && "complaint.error.stale".equals(de.messageKey());
            formError.setText(stale ? refreshAfterConflict() : Notifications.describe(e));
            formError.setVisible(true);
        }
    }

    /**
     * A deadline action changed the case (an extended promised delivery date): shown as it is now. The form takes
     * the new values only where this user has typed nothing, so nothing typed is lost.
     */
    private void caseChangedByADeadline() {
        ComplaintSnapshot fresh = service.get(snapshot.caseNumber());
        if (fresh.version() == snapshot.version()) {
            return;
        }
        boolean untouched = !form.hasChanges();
        show(fresh);
        if (untouched) {
            form.read(fresh.details());
        } else {
            form.promisedDeliveryOn.setValue(fresh.details().getShipment().promisedDeliveryOn());
        }
        thread.show(fresh);
    }

    /** Shows the case as it is now and says who changed it when; the form keeps what this user typed. */
    private String refreshAfterConflict() {
        ComplaintSnapshot fresh = service.get(snapshot.caseNumber());
        show(fresh);
        thread.show(fresh);
        return getTranslation("complaint.error.staleBy", fresh.caseNumber(),
                fresh.updatedByName() == null ? "?" : fresh.updatedByName(), Formats.dateTime(fresh.updatedAt()));
    }

    ComplaintSnapshot snapshot() {
        return snapshot;
    }

    /** The case's values for template placeholders; dates are written for a reader of {@code language}. */
    java.util.Map<String, String> placeholderValues(String language) {
        var d = snapshot.details();
        var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(language == null ? "en" : language));
        var values = new java.util.HashMap<String, String>();
        values.put("buyer.name", d.getBuyerName());
        values.put("order.number", d.getOrderNumber());
        values.put("order.date", d.getOrderDate() == null ? null : dates.format(d.getOrderDate()));
        values.put("shipment.carrier", d.getShipment().carrier());
        values.put("shipment.trackingNumber", d.getTrackingNumber());
        var promised = d.getShipment().promisedDeliveryOn();
        values.put("shipment.promisedDeliveryOn", promised == null ? null : dates.format(promised));
        values.put("claim.amount", d.getClaimedAmount() == null ? null
                : d.getClaimedCurrency() + " " + d.getClaimedAmount().toPlainString());
        values.put("case.number", snapshot.caseNumber());
        values.put("agent.name", CurrentUser.require().displayName());
        // customs office and coupon value are not facts of the case: the agent fills them in
        return values;
    }

    @Override
    public String getPageTitle() {
        return snapshot == null ? getTranslation("case.title") : snapshot.caseNumber();
    }
}
