package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The order, shipment and buyer cards in the case page's side column. */
@SpringComponent
class CaseSide implements CasePanel {

    @Override
    public Slot slot() {
        return Slot.SIDE;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(CaseContext context) {
        var panels = new SidePanels();
        panels.show(context.snapshot(ComplaintSnapshot.class));
        context.onChange(() -> panels.show(context.snapshot(ComplaintSnapshot.class)));
        return panels;
    }
}
