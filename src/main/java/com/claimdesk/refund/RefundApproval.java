package com.claimdesk.refund;

import com.claimdesk.base.Money;
import com.claimdesk.settings.ApprovalLevel;

/**
 * Which approval a refund would need on a case today, and why, worked out before it is asked for by the same rule
 * the request is judged by ({@link RefundService#approvalFor}).
 *
 * @param level         who must approve it ({@link ApprovalLevel#AGENT}: settled at once by whoever asks)
 * @param original      the amount as entered
 * @param base          the amount in the base currency at today's rate
 * @param agentLimit    up to this an agent settles alone
 * @param limitExceeded the limit the amount is above (the agent's, or the manager's when a lead must approve), or
 *                      {@code null} within the agent limit
 * @param bottomLine    the case's bottom line when the amount goes beyond it (a manager must approve even within the
 *                      agent limit), otherwise {@code null}
 */
public record RefundApproval(ApprovalLevel level, Money original, Money base, Money agentLimit, Money limitExceeded,
                             Money bottomLine) {

    public boolean beyondBottomLine() {
        return bottomLine != null;
    }
}
