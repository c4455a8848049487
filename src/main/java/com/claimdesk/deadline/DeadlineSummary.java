package com.claimdesk.deadline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A deadline as the case page shows it. {@code due} is the date that counts now (extended or not). */
public record DeadlineSummary(long id, DeadlineKind kind, Instant due, Instant originalDue, DeadlineSource source,
                           String ruleBasis, DeadlineState state, @Nullable String extendedByName, Instant extendedAt,
                           Instant metAt, Instant missedAt, String note, long version) {

    /** Still asks for action (see {@link DeadlineKind#owedAfterMiss}); the case header shows these. */
    public boolean pending() {
        return state == DeadlineState.OPEN || state == DeadlineState.EXTENDED
                || (state == DeadlineState.MISSED && kind.owedAfterMiss());
    }
}
