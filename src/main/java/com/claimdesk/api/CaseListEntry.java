package com.claimdesk.api;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One case in a list: what the queue shows; the full case is at its own address. */
public record CaseListEntry(String caseNumber, ComplaintStatus status, Marketplace marketplace, String orderNumber,
                            String buyerName, String buyerCountry, Category category, SubReason subReason,
                            Priority priority, @Nullable BigDecimal claimedAmount, @Nullable String claimedCurrency,
                                    String assignee,
                            Instant createdAt) {

    static CaseListEntry of(ComplaintListItem i) {
        return new CaseListEntry(i.caseNumber(), i.status(), i.marketplace(), i.orderNumber(), i.buyerName(),
                i.buyerCountry(), i.category(), i.subReason(), i.priority(),
                i.claimed() == null ? null : i.claimed().amount(),
                i.claimed() == null ? null : i.claimed().currencyCode(), i.assigneeName(), i.createdAt());
    }
}
