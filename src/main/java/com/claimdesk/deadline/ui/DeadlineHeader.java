package com.claimdesk.deadline.ui;

import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.Clock;

/** The case's pending deadlines and the prevention banner, in the case page's header under the facts. */
@SpringComponent
class DeadlineHeader implements CasePanel {

    private final DeadlineService deadlines;
    private final ComplaintService complaints;
    private final Clock clock;

    DeadlineHeader(DeadlineService deadlines, ComplaintService complaints, Clock clock) {
        this.deadlines = deadlines;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return Slot.HEADER;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(CaseContext context) {
        // extending the promised delivery date moves the case's own date too: the page shows it when it did
        var strip = new DeadlineStrip(deadlines, clock, complaints.atRiskWithin(), context::caseMayHaveChanged);
        strip.show(context.caseId());
        context.onChange(() -> strip.show(context.caseId()));
        return strip;
    }
}
