package com.claimdesk.complaint;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the queue shows. Empty {@code statuses} means any status; {@code text} searches case number, order number,
 * buyer name and tracking number. {@code due} narrows to cases by their next deadline; "today" is a day in
 * {@code zone}, the viewer's time zone.
 */
public record QueueFilter(Set<ComplaintStatus> statuses, @Nullable Category category, @Nullable Marketplace marketplace,
                          AssigneeScope assignee, String text, Due due, @Nullable ZoneId zone) {

    public enum AssigneeScope { ME, UNASSIGNED, ANYONE }

    /**
     * By the case's next pending deadline: already passed, falling on today, or within the at-risk window
     * ({@code claimdesk.deadlines.at-risk-within}) and not yet passed.
     */
    public enum Due { ANY, OVERDUE, TODAY, AT_RISK }

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class) : EnumSet.copyOf(statuses);
        assignee = assignee == null ? AssigneeScope.ANYONE : assignee;
        text = text == null ? "" : text.trim();
        due = due == null ? Due.ANY : due;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public QueueFilter(Set<ComplaintStatus> statuses, Category category, Marketplace marketplace,
                       AssigneeScope assignee, String text) {
        this(statuses, category, marketplace, assignee, text, Due.ANY, null);
    }

    /** The statuses of a status scope as the queue names it: "open", "all" or one status's name. */
    public static Set<ComplaintStatus> statusesOf(String scope) {
        return switch (scope) {
            case OPEN -> ComplaintStatus.openStates();
            case ALL -> EnumSet.noneOf(ComplaintStatus.class);
            default -> EnumSet.of(ComplaintStatus.valueOf(scope));
        };
    }

    public static final String OPEN = "open";
    public static final String ALL = "all";

    /** The default: my open cases. */
    public static QueueFilter myOpenCases() {
        return new QueueFilter(ComplaintStatus.openStates(), null, null, AssigneeScope.ME, "");
    }
}
