/**
 * Email in (optional, off by default): {@link com.claimdesk.mailin.MailInPoller} reads new mails from an IMAP
 * mailbox and {@link com.claimdesk.mailin.MailInService} turns each into a buyer message on the case its subject
 * names (case number, or order number of a case), or into a new case when the subject names a known order; its
 * attachments become evidence through the same checks as uploads. See docs/decisions/032-mail-in.md.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"mail_in_message"})
package com.claimdesk.mailin;
