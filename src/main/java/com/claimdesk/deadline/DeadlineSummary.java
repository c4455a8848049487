package com.claimdesk.deadline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A deadline as the case page shows it. {@code due} is the date that counts now (extended or not).
 *
 * @param event   the platform's event a marketplace rule computed the date from, null for other sources
 * @param eventAt when that event happened (the dossier's timeline shows it)
 */
public record DeadlineSummary(long id, DeadlineKind kind, Instant due, Instant originalDue, DeadlineSource source,
                           String ruleBasis, DeadlineState state, @Nullable String extendedByName, Instant extendedAt,
                           Instant metAt, Instant missedAt, String note, long version, @Nullable PlatformEvent event,
                           @Nullable Instant eventAt) {

    /** Still asks for action (see {@link DeadlineKind#owedAfterMiss}); the case header shows these. */
    public boolean pending() {
        return state == DeadlineState.OPEN || state == DeadlineState.EXTENDED
                || (state == DeadlineState.MISSED && kind.owedAfterMiss());
    }
}
