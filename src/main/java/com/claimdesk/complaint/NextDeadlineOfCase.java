package com.claimdesk.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The deadline module tells the case the moment of its most urgent pending deadline ({@code null}: none), which the
 * queue sorts and filters by. An event this module handles in the publisher's transaction: the queue never sees a
 * deadline change without its date (docs/decisions/080-modules.md).
 */
public record NextDeadlineOfCase(long complaintId, @Nullable Instant next) {
}
