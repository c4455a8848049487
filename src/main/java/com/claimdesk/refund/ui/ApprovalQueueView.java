package com.claimdesk.refund.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.ui.EvidenceStrip;
import com.claimdesk.negotiation.GuidanceService;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundSummary;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What waits for the signed-in manager or lead: refunds above the agent limit, oldest first, never their own.
 * Approve or reject with a comment; the server checks the same rules again.
 */
@Route("approvals")
@Menu(order = 3, icon = "vaadin:check-square-o", title = "nav.approvals")
@RolesAllowed(Role.MANAGER_ROLE)
class ApprovalQueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient RefundService service;
    final Grid<RefundSummary> grid = new Grid<>();

    ApprovalQueueView(RefundService service, ComplaintService complaints, NegotiationService negotiation,
                      GuidanceService guidance, EvidenceService evidence) {
        this.service = service;
        setSizeFull();
        grid.setId("approvals-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<RefundSummary>of("<a href='cases/${item.n}'>${item.n}</a>")
                .withProperty("n", RefundSummary::caseNumber)).setHeader(getTranslation("complaint.caseNumber"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.money(r.amount())).setHeader(getTranslation("refund.amount")).setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.baseAmount()) + " (" + r.rate().toPlainString() + ", "
                + Formats.date(r.rateValidFrom()) + ")").setHeader(getTranslation("refund.base")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.requiredLevel()) + (r.beyondBottomLine() ? " · " + getTranslation("refund.beyondBottomLine") : "")).setHeader(getTranslation("refund.level")).setAutoWidth(true);
        grid.addColumn(RefundSummary::reason).setHeader(getTranslation("refund.reason")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(r -> r.requestedBy() + " · " + Formats.dateTime(r.requestedAt()))
                .setHeader(getTranslation("refund.requested")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("approvals.empty"));
        // a click on a row shows what the decision rests on: case, bottom line, offers, evidence
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> new ApprovalDetails(r, complaints.get(r.caseNumber()),
                negotiation.view(r.complaintId()), guidance.forCase(r.complaintId()).orElse(null),
                new EvidenceStrip(evidence, r.complaintId(), 8))));
        grid.setDetailsVisibleOnClick(true);
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(RefundSummary r) {
        var approve = new Button(getTranslation("approvals.approve"), e -> decide(r, true));
        approve.setId("approve-" + r.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        var reject = new Button(getTranslation("approvals.reject"), e -> decide(r, false));
        reject.setId("reject-" + r.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, reject);
    }

    List<RefundSummary> refresh() {
        var waiting = service.waitingForMe();
        grid.setItems(waiting);
        // the oldest request is the one to decide first: show its details straight away
        if (!waiting.isEmpty()) {
            grid.setDetailsVisible(waiting.getFirst(), true);
        }
        return waiting;
    }

    /**
     * The decision names the version of the request this dialog shows. If the requester changed it meanwhile the
     * server refuses; the dialog then shows the request as it is now, says what changed, and the next confirmation
     * is about that (docs/decisions/070-refund-integrity.md).
     */
    private void decide(RefundSummary r, boolean approve) {
        var dialog = new Dialog();
        dialog.setId("decision-dialog");
        var shown = new AtomicReference<>(r);
        dialog.setHeaderTitle(title(r, approve));
        var changed = new Paragraph();
        changed.setId("decision-changed");
        changed.addClassName("cd-warning");
        changed.setVisible(false);
        var comment = new TextArea(getTranslation("approvals.comment"));
        comment.setId("decision-comment");
        comment.setWidthFull();
        comment.setMaxLength(1000);
        var confirm = new Button(getTranslation(approve ? "approvals.approve" : "approvals.reject"), e -> {
            RefundSummary seen = shown.get();
            try {
                if (approve) {
                    service.approve(seen.id(), seen.version(), comment.getValue());
                } else {
                    service.reject(seen.id(), seen.version(), comment.getValue());
                }
                dialog.close();
                Notifications.success(getTranslation(approve ? "approvals.approved" : "approvals.rejected"));
                refresh();
            } catch (DomainException ex) {
                Optional<RefundSummary> now = refresh().stream().filter(w -> w.id() == seen.id()).findFirst();
                if ("refund.error.changed".equals(ex.messageKey()) && now.isPresent()) {
                    shown.set(now.get());
                    dialog.setHeaderTitle(title(now.get(), approve));
                    changed.setText(getTranslation("approvals.changed", Formats.money(now.get().amount()),
                            Formats.money(seen.amount())));
                    changed.setVisible(true);
                    grid.setDetailsVisible(now.get(), true);
                } else {
                    // decided by someone else, or no longer at my level: nothing left to confirm here
                    Notifications.failure(ex);
                    dialog.close();
                }
            }
        });
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(changed, comment);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private String title(RefundSummary r, boolean approve) {
        return getTranslation(approve ? "approvals.approve.title" : "approvals.reject.title",
                Formats.money(r.amount()), r.caseNumber());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title");
    }
}
