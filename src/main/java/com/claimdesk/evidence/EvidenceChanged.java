package com.claimdesk.evidence;

/**
 * Evidence was added to a case or deleted from it, published in the transaction that stored or removed the row,
 * whoever did it (a page, the REST API, e-mail in). The search module re-indexes the case's captions and file names
 * after the commit (docs/decisions/140-search.md).
 */
public record EvidenceChanged(long complaintId, long evidenceId, boolean deleted) {
}
