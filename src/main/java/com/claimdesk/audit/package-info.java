/**
 * The append-only audit trail of every case: who changed what, from which value to which, when (UTC). Rows are
 * written in the same transaction as the change they describe and are never updated or deleted (the entity is
 * immutable and database triggers refuse UPDATE and DELETE). Features record through {@link
 * com.claimdesk.audit.AuditLog}; the case page reads through {@link com.claimdesk.audit.AuditService}.
 *
 * <p>Publishes {@code status_change_facts} for the reports (migration V091): every status change of a case with
 * the status it changed to.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"audit_entry"})
@com.claimdesk.base.PublishesViews({"status_change_facts"})
package com.claimdesk.audit;
