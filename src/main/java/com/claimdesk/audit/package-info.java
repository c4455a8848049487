/**
 * The append-only audit trail of every case: who changed what, from which value to which, when (UTC). Rows are
 * written in the same transaction as the change they describe and are never updated or deleted (the entity is
 * immutable and database triggers refuse UPDATE and DELETE). Features record through {@link
 * com.claimdesk.audit.AuditLog}; the case page reads through {@link com.claimdesk.audit.AuditService}.
 */
@com.claimdesk.base.OwnsTables({"audit_entry"})
package com.claimdesk.audit;
