package com.claimdesk.mailin;

import org.jspecify.annotations.Nullable;

/**
 * What became of a mail.
 *
 * @param caseNumber the case it was filed on, null when unmatched or a duplicate
 */
public record MailOutcome(Kind kind, @Nullable String caseNumber, int evidenceAdded, int attachmentsRefused) {

    public enum Kind { ADDED_TO_CASE, NEW_CASE, UNMATCHED, DUPLICATE }
}
