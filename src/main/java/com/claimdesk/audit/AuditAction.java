package com.claimdesk.audit;

/** What happened to a case. */
public enum AuditAction {
    CASE_OPENED, FIELD_CHANGED, STATUS_CHANGED, ASSIGNED, MESSAGE_ADDED, EVIDENCE_ADDED, EVIDENCE_DELETED
}
