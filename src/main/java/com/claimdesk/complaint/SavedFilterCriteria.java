package com.claimdesk.complaint;

import com.claimdesk.complaint.QueueFilter.AssigneeScope;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;

/**
 * The queue's filter set as a saved view keeps it: the status scope ("open", "all" or one status's name), category,
 * marketplace, assignee scope ("me" is whoever opens the view), search text, deadline filter and sort.
 */
public record SavedFilterCriteria(String status, @Nullable Category category, @Nullable Marketplace marketplace,
                                  AssigneeScope assignee, String text, QueueFilter.Due due, QueueSort sort) {

    public static final int MAX_TEXT = 100;

    public SavedFilterCriteria {
        status = status == null ? QueueFilter.OPEN : status;
        assignee = assignee == null ? AssigneeScope.ANYONE : assignee;
        text = text == null ? "" : text.strip();
        due = due == null ? QueueFilter.Due.ANY : due;
        sort = sort == null ? QueueSort.DEFAULT : sort;
    }

    /** The filter for a viewer in {@code zone}; throws on a status scope the queue does not know. */
    public QueueFilter toFilter(@Nullable ZoneId zone) {
        return new QueueFilter(QueueFilter.statusesOf(status), category, marketplace, assignee, text, due, zone);
    }
}
