package com.claimdesk.audit;

import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Where features write the history of a case. Must run inside the transaction of the change it records
 * ({@code MANDATORY}), so a change and its audit line are committed, or rolled back, together.
 */
@Component
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public void record(long complaintId, AuditAction action, @Nullable String field, @Nullable String oldValue,
                       @Nullable String newValue) {
        ClaimDeskUserDetails actor = CurrentUser.get().orElse(null);
        entries.save(new AuditEntry(complaintId, clock.instant(), actor == null ? null : actor.id(),
                actor == null ? "system" : actor.displayName(), action, field, oldValue, newValue));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public void record(long complaintId, AuditAction action) {
        record(complaintId, action, null, null, null);
    }
}
