package com.claimdesk.notification;

import java.util.List;

/**
 * A notification that is also to be mailed, published in the transaction that stored it. The mailer handles it
 * after the commit; Spring Modulith keeps the publication in {@code event_publication} until the mail went out, so a
 * crash or a mail server that is down delays the mail instead of losing it (docs/decisions/080-modules.md).
 */
public record MailRequested(long recipientId, String caseNumber, String messageKey, List<String> args) {
}
