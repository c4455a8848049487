package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The steps the case may take next, one button each. Resolving records the settlement and closing asks for the root
 * cause: both buttons open the outcome tab instead of moving the case.
 */
@SpringComponent
class CaseNextSteps implements CasePanel {

    /** The tab where the settlement and the closing are recorded. */
    static final String OUTCOME_TAB = "tab-outcome";

    private final ComplaintService service;

    CaseNextSteps(ComplaintService service) {
        this.service = service;
    }

    @Override
    public Slot slot() {
        return Slot.HEADER;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Component create(CaseContext context) {
        var steps = new HorizontalLayout();
        steps.setId("status-actions");
        steps.setWrap(true);
        Runnable show = () -> {
            ComplaintSnapshot s = context.snapshot(ComplaintSnapshot.class);
            steps.removeAll();
            s.allowedNext().stream().sorted().forEach(target -> {
                boolean reopen = s.status().isReopenedBy(target);
                boolean onOutcomeTab = !reopen
                        && (target == ComplaintStatus.RESOLVED || target == ComplaintStatus.CLOSED);
                var button = new Button(steps.getTranslation(reopen ? "status.action.REOPEN"
                        : "status.action." + target.name()), e -> {
                    if (onOutcomeTab) {
                        context.openTab(OUTCOME_TAB);
                    } else if (CaseChanges.run(context, () -> service.changeStatus(s.caseNumber(),
                            context.snapshot(ComplaintSnapshot.class).version(), target), Notifications::error)) {
                        context.caseChanged();
                        Notifications.success(steps.getTranslation("case.statusChanged"));
                    }
                });
                button.setId("status-to-" + target.name());
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                if (target == ComplaintStatus.RESOLVED) {
                    button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                } else if (target == ComplaintStatus.ESCALATED) {
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                steps.add(button);
            });
        };
        show.run();
        context.onChange(show);
        return steps;
    }
}
