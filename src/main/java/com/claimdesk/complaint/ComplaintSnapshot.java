package com.claimdesk.complaint;

import com.claimdesk.security.UserRef;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case as the case page shows it: its editable details plus what only the system sets. {@code version} goes back
 * with every change so that a stale page cannot overwrite a colleague's work. {@code closing} is null until the case
 * was first closed.
 */
public record ComplaintSnapshot(long id, String caseNumber, ComplaintStatus status, Set<ComplaintStatus> allowedNext,
                                ComplaintDetails details, @Nullable UserRef assignee, @Nullable String createdByName,
                                        Instant createdAt,
                                Instant updatedAt, @Nullable String updatedByName, Instant resolvedAt,
                                        Instant closedAt, int reopenCount,
                                boolean signerDiffersFromBuyer,
                                @Nullable ClosingDetails closing, long version) {
}
