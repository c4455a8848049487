package com.claimdesk.api;

import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.PlatformEvent;

import java.time.Instant;

/**
 * Either a deadline read off the platform ({@code kind}, {@code due}, optional {@code note}) or a platform event
 * whose rules compute the dates ({@code event}, {@code occurredAt}).
 */
public record DeadlineInput(DeadlineKind kind, Instant due, String note, PlatformEvent event, Instant occurredAt) {
}
