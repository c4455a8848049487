package com.claimdesk.audit;

import java.time.Instant;

/** A history line as the case page shows it. Values are stored as text, as they were at the time. */
public record AuditRecord(long id, Instant occurredAt, String actorName, AuditAction action, String field,
                          String oldValue, String newValue) {
}
