package com.claimdesk.settings;

/** Who may settle a refund: the agent alone, a manager, or a team lead. */
public enum ApprovalLevel {
    AGENT, MANAGER, LEAD
}
