package com.claimdesk.settlement;

/**
 * A case's settlement was recorded or changed (its cost, its resolution). Published in the settlement's transaction;
 * the reports' summaries follow it after the commit. A first settlement also resolves the case, which the case
 * announces itself; a changed one moves no status, so only this says that its cost changed.
 */
public record SettlementRecorded(long complaintId) {
}
