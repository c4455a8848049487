package com.claimdesk.audit.ui;

import com.claimdesk.audit.AuditRecord;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The case's audit trail as a timeline: who changed what from which value to which, and when. */
public class HistoryPanel extends VerticalLayout {

    private final transient AuditService audit;
    public final Grid<AuditRecord> grid = new Grid<>();

    public HistoryPanel(AuditService audit) {
        this.audit = audit;
        setPadding(false);
        setSizeFull();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt())).setHeader(getTranslation("history.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(r.action())).setHeader(getTranslation("history.what")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::fieldLabel).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> nullToDash(r.oldValue()) + " → " + nullToDash(r.newValue()))
                .setHeader(getTranslation("history.change")).setFlexGrow(1);
        add(grid);
    }

    public void show(long complaintId) {
        grid.setItems(audit.history(complaintId).reversed());
    }

    /**
     * The field of a line in words. For some actions the field holds a value of the recording feature's enum; it is
     * named by the enum's label key ({@link Labels}), so that the trail needs none of the features it records.
     */
    public String fieldLabel(AuditRecord r) {
        if (r.field() == null) {
            return "";
        }
        switch (r.action()) {
            case MESSAGE_ADDED -> {
                return getTranslation("enum.MessageKind." + r.field());
            }
            case REFUND_REQUESTED, REFUND_EDITED, REFUND_APPROVED, REFUND_REJECTED -> {
                // the approval level the refund needed
                return getTranslation("enum.ApprovalLevel." + r.field());
            }
            case REFUND_DENIED, REFUND_EDIT_DENIED -> {
                // why it was refused, as the user was told
                return getTranslation(r.field());
            }
            default -> {
            }
        }
        // case fields carry the same names as the form's labels
        return getTranslation("complaint." + r.field());
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
