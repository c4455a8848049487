package com.claimdesk.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the queue shows. Empty {@code statuses} means any status; {@code text} searches case number, order number,
 * buyer name and tracking number.
 */
public record QueueFilter(Set<ComplaintStatus> statuses, Category category, Marketplace marketplace,
                          AssigneeScope assignee, String text) {

    public enum AssigneeScope { ME, UNASSIGNED, ANYONE }

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class) : EnumSet.copyOf(statuses);
        assignee = assignee == null ? AssigneeScope.ANYONE : assignee;
        text = text == null ? "" : text.trim();
    }

    /** The default: my open cases. */
    public static QueueFilter myOpenCases() {
        return new QueueFilter(ComplaintStatus.openStates(), null, null, AssigneeScope.ME, "");
    }
}
