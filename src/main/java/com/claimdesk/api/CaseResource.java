package com.claimdesk.api;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A case as the API returns it; the buyer's and the shipment's fields are flat in the JSON. */
public record CaseResource(String caseNumber, ComplaintStatus status, List<ComplaintStatus> allowedNext,
                           Marketplace marketplace, String orderNumber, LocalDate orderDate, BigDecimal orderValue,
                           String orderCurrency, BigDecimal shippingCost, BigDecimal claimedAmount,
                           @Nullable String claimedCurrency, @JsonUnwrapped Buyer buyer, Category category,
                           SubReason subReason, Priority priority, String summary, Set<String> tags,
                           String orderItems, @JsonUnwrapped Shipment shipment, @Nullable String assignee,
                                   String createdBy,
                           Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt, long version) {

    static CaseResource of(ComplaintSnapshot s) {
        ComplaintDetails d = s.details();
        return new CaseResource(s.caseNumber(), s.status(), s.allowedNext().stream().sorted().toList(),
                d.getMarketplace(), d.getOrderNumber(), d.getOrderDate(), d.getOrderValue(), d.getOrderCurrency(),
                d.getShippingCost(), d.getClaimedAmount(), d.getClaimedAmount() == null ? null : d.getClaimedCurrency(),
                d.getBuyer(), d.getCategory(), d.getSubReason(), d.getPriority(), blankToNull(d.getSummary()),
                d.getTags(), blankToNull(d.getOrderItems()), d.getShipment(),
                s.assignee() == null ? null : s.assignee().displayName(), s.createdByName(), s.createdAt(),
                s.updatedAt(), s.resolvedAt(), s.closedAt(), s.version());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
