package com.claimdesk.deadline;

import com.claimdesk.complaint.QueueFlag;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;

/** The queue's "Extend date" flag: the case page's prevention banner, for a page of the queue at once. */
@Component
@org.springframework.core.annotation.Order(3)
class PreventionQueueFlag implements QueueFlag {

    private final DeadlineService deadlines;

    PreventionQueueFlag(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String name() {
        return "extend-date";
    }

    @Override
    public String icon() {
        return "vaadin:calendar-clock";
    }

    @Override
    public String labelKey() {
        return "queue.extendDate";
    }

    @Override
    public String tooltipKey() {
        return "queue.extendDate.tooltip";
    }

    @Override
    public Set<Long> flagged(Collection<Long> complaintIds) {
        return deadlines.casesNeedingExtension(complaintIds);
    }
}
