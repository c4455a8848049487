package com.claimdesk.refund;

import com.claimdesk.base.Money;
import com.claimdesk.settings.ApprovalLevel;

/**
 * What a refund of some amount on a case would need if it were asked for now, so that a form can say so before it
 * is saved: its value in the base currency, the level that must approve it, and whether it goes beyond the bottom
 * line. Nothing is stored.
 */
public record RefundAssessment(Money amount, Money baseAmount, ApprovalLevel requiredLevel, boolean beyondBottomLine) {

    /** Within the agent limit and the bottom line: the requester settles it alone. */
    public boolean settledAtOnce() {
        return requiredLevel == ApprovalLevel.AGENT;
    }
}
