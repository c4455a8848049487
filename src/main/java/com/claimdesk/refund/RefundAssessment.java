package com.claimdesk.refund;

import com.claimdesk.base.Money;
import com.claimdesk.settings.ApprovalLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a refund of some amount on a case would need if it were asked for now, so that a form can say so before it
 * is saved: its value in the base currency, the level that must approve it, whether it goes beyond the bottom line,
 * and what the case's standing refunds come to with it (base currency; the limits apply to that). Nothing is stored.
 * The form says why with the rest: the agent limit, the limit the case's refunds are above ({@code null} within the
 * agent limit; the manager's when a lead must approve), and the bottom line when they go beyond it ({@code null}
 * otherwise).
 */
public record RefundAssessment(Money amount, Money baseAmount, ApprovalLevel requiredLevel, boolean beyondBottomLine,
                               Money caseTotal, Money agentLimit, @Nullable Money limitExceeded,
                                       @Nullable Money bottomLine) {

    /** Within the agent limit and the bottom line: the requester settles it alone. */
    public boolean settledAtOnce() {
        return requiredLevel == ApprovalLevel.AGENT;
    }
}
