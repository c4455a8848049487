package com.claimdesk.settings;

import com.claimdesk.base.Money;

/**
 * The approval limits in the base currency: up to {@code agentLimit} an agent settles alone, up to
 * {@code managerLimit} a manager approves, above that a team lead.
 */
public record TeamLimits(String baseCurrency, Money agentLimit, Money managerLimit, long version) {

    /** Who must approve a refund of this amount (in the base currency). */
    public ApprovalLevel levelFor(Money baseAmount) {
        if (!baseAmount.currencyCode().equals(baseCurrency)) {
            throw new IllegalArgumentException("Limits are in " + baseCurrency + ", not " + baseAmount.currencyCode());
        }
        if (baseAmount.compareTo(agentLimit) <= 0) {
            return ApprovalLevel.AGENT;
        }
        return baseAmount.compareTo(managerLimit) <= 0 ? ApprovalLevel.MANAGER : ApprovalLevel.LEAD;
    }
}
