package com.claimdesk.complaint.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.workspace.CaseContext;

import java.util.function.Consumer;

/** Changing the case from its page, where every change sends the version the page was built from. */
final class CaseChanges {

    private static final String STALE = "complaint.error.stale";

    private CaseChanges() {
    }

    /**
     * Runs {@code change}; a refusal goes to {@code showProblem}. When a colleague changed the case in between, the
     * page shows the case as it is now and the problem says who changed it when, so that nothing is overwritten
     * silently; what this user typed stays where it is.
     */
    static boolean run(CaseContext context, Runnable change, Consumer<String> showProblem) {
        return Attempt.run(() -> {
            try {
                change.run();
            } catch (DomainException e) {
                if (!STALE.equals(e.messageKey())) {
                    throw e;
                }
                context.caseChanged();
                ComplaintSnapshot fresh = context.snapshot(ComplaintSnapshot.class);
                throw new DomainException("complaint.error.staleBy", e.getMessage(), fresh.caseNumber(),
                        fresh.updatedByName() == null ? "?" : fresh.updatedByName(),
                        Formats.dateTime(fresh.updatedAt()));
            }
        }, showProblem);
    }
}
