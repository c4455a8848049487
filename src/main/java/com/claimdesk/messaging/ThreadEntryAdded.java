package com.claimdesk.messaging;

/**
 * An entry was added to a case's thread (a buyer message, a reply or a note), published in the transaction that
 * stored it, through {@link ThreadService} whoever added it (a page, the REST API, e-mail in). Demo seeding adds
 * entries silently. The search module re-indexes the case after the commit (docs/decisions/140-search.md).
 */
public record ThreadEntryAdded(long complaintId, long entryId, MessageKind kind) {
}
