package com.claimdesk.messaging.ui;

import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.Duration;

/** The first-response clock among the case's facts: stopped by the first reply, still running until then. */
@SpringComponent
class FirstResponseFact implements CasePanel {

    private final ThreadService threads;

    FirstResponseFact(ThreadService threads) {
        this.threads = threads;
    }

    @Override
    public Slot slot() {
        return Slot.FACTS;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(CaseContext context) {
        var label = new Span();
        label.setId("first-response");
        Runnable show = () -> {
            var s = context.snapshot(ComplaintSnapshot.class);
            threads.firstResponseAt(s.id()).ifPresentOrElse(at -> {
                label.setText(label.getTranslation("case.firstResponse", duration(label, Duration.between(s.createdAt(), at))));
                label.removeClassName("cd-no-response");
            }, () -> {
                label.setText(label.getTranslation("case.noResponseYet"));
                label.addClassName("cd-no-response");
            });
        };
        show.run();
        context.onChange(show);
        return label;
    }

    private static String duration(Component c, Duration d) {
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() >= 1) {
            return c.getTranslation("age.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return c.getTranslation("age.hours", d.toHours());
        }
        return c.getTranslation("age.minutes", d.toMinutes());
    }
}
