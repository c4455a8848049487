package com.claimdesk.mailin;

import com.claimdesk.complaint.SubReason;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code claimdesk.mail-in.*} (README, "Email in").
 *
 * @param enabled          poll the mailbox; off by default
 * @param protocol         {@code imaps} (TLS, port 993) or {@code imap}
 * @param actAs            the user whose rights and name the mails are filed under; needs the agent role
 * @param newCaseSubReason what a case opened from a mail is filed as until an agent looks at it
 * @param maxPerPoll       mails handled per poll, so one poll never runs for long
 */
@ConfigurationProperties("claimdesk.mail-in")
public record MailInProperties(
        @DefaultValue("false") boolean enabled,
        String host,
        @DefaultValue("993") int port,
        @DefaultValue("imaps") String protocol,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("1m") Duration pollInterval,
        String actAs,
        @DefaultValue("IN_TRANSIT_OVERDUE") SubReason newCaseSubReason,
        @DefaultValue("50") int maxPerPoll) {
}
