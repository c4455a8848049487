package com.claimdesk.api;

import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.DeadlineSource;
import com.claimdesk.deadline.DeadlineState;
import com.claimdesk.deadline.DeadlineSummary;

import java.time.Instant;

/** A deadline of a case; times in UTC. {@code ruleBasis} says which rule computed it, if any. */
public record DeadlineResource(long id, DeadlineKind kind, Instant due, Instant originalDue, DeadlineSource source,
                               String ruleBasis, DeadlineState state, String extendedBy, Instant metAt,
                               Instant missedAt, String note) {

    static DeadlineResource of(DeadlineSummary d) {
        return new DeadlineResource(d.id(), d.kind(), d.due(), d.originalDue(), d.source(), d.ruleBasis(), d.state(),
                d.extendedByName(), d.metAt(), d.missedAt(), d.note());
    }
}
