package com.claimdesk.workspace;

/**
 * A case as the page holds it: what the page itself needs (its id, number, version and title) and the owner's
 * snapshot that the parts read ({@link CaseContext#snapshot}).
 *
 * @param version  moves with every change of the case; the page compares it to tell whether the case changed
 * @param title    the page's heading, e.g. the case number and the buyer's name
 * @param snapshot the owner's view of the case
 */
public record LoadedCase(long id, String caseNumber, long version, String title, Object snapshot) {
}
