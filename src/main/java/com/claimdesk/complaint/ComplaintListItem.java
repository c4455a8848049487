package com.claimdesk.complaint;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * One row of the queue: only what the grid shows, read straight from the database, and the version it was read at
 * (a bulk action changes the case only if nobody changed it since).
 */
public record ComplaintListItem(long id, String caseNumber, String buyerName, String buyerCountry, Marketplace marketplace,
                                Category category, SubReason subReason, ComplaintStatus status, Priority priority,
                                Money claimed, Long assigneeId, String assigneeName, Instant createdAt,
                                String orderNumber, Instant nextDeadlineAt, long version) {

    /**
     * Used by the JPQL constructor expression; an absent claim arrives as two nulls. The assignee's name comes from
     * the security module afterwards ({@link #withAssigneeName}).
     */
    public ComplaintListItem(long id, String caseNumber, String buyerName, String buyerCountry, Marketplace marketplace,
                             Category category, SubReason subReason, ComplaintStatus status, Priority priority,
                             BigDecimal claimedAmount, Currency claimedCurrency, Long assigneeId, Instant createdAt,
                             String orderNumber, Instant nextDeadlineAt, long version) {
        this(id, caseNumber, buyerName, buyerCountry, marketplace, category, subReason, status, priority,
                claimedAmount == null || claimedCurrency == null ? null : new Money(claimedAmount, claimedCurrency),
                assigneeId, null, createdAt, orderNumber, nextDeadlineAt, version);
    }

    ComplaintListItem withAssigneeName(String name) {
        return new ComplaintListItem(id, caseNumber, buyerName, buyerCountry, marketplace, category, subReason, status,
                priority, claimed, assigneeId, name, createdAt, orderNumber, nextDeadlineAt, version);
    }
}
