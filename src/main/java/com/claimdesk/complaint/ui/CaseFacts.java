package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.StatusBadge;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.Clock;

/**
 * The case's facts under its title: status, priority, category and sub-reason, marketplace and order, and age
 * ({@link Tags} comes last, after what other features add to the line).
 */
@SpringComponent
class CaseFacts implements CasePanel {

    private final Clock clock;

    CaseFacts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return Slot.FACTS;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(CaseContext context) {
        Div facts = CasePanel.group();
        Runnable show = () -> {
            ComplaintSnapshot s = context.snapshot(ComplaintSnapshot.class);
            ComplaintDetails d = s.details();
            facts.removeAll();
            var status = new StatusBadge(s.status());
            status.setId("case-status");
            var priority = new StatusBadge(d.getPriority());
            priority.setId("case-priority");
            var category = new Span(Labels.of(d.getCategory()) + " / " + Labels.of(d.getSubReason()));
            var marketplace = new Span(Labels.of(d.getMarketplace()) + " · " + d.getOrderNumber());
            var age = new Span(facts.getTranslation("case.age", Formats.age(s.createdAt(), clock.instant())));
            age.getElement().setAttribute("title", Formats.dateTime(s.createdAt()));
            facts.add(status, priority, category, marketplace, age);
        };
        show.run();
        context.onChange(show);
        return facts;
    }

    /** The case's tags, at the end of the facts line. */
    @SpringComponent
    static class Tags implements CasePanel {

        @Override
        public Slot slot() {
            return Slot.FACTS;
        }

        @Override
        public int order() {
            return 900;
        }

        @Override
        public Component create(CaseContext context) {
            Div tags = CasePanel.group();
            Runnable show = () -> {
                tags.removeAll();
                context.snapshot(ComplaintSnapshot.class).details().getTags().forEach(t -> {
                    var tag = new Span(t);
                    tag.addClassName("cd-tag");
                    tags.add(tag);
                });
            };
            show.run();
            context.onChange(show);
            return tags;
        }
    }
}
