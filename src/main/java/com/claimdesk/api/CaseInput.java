package com.claimdesk.api;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A new case as a client sends it. Fields left out are taken from the known order (when marketplace and order
 * number name one), else from the defaults of the new-case form; the service then validates the result as it
 * validates the form. The buyer's and the shipment's fields are flat in the JSON, as they always were.
 */
@Schema(description = "A new case. Only marketplace, orderNumber, category and subReason are needed when the order "
        + "is known (imported or sent to /api/v1/orders); its order, buyer and shipment facts fill the rest.")
public record CaseInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Marketplace marketplace,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "8123456789012345") String orderNumber,
        LocalDate orderDate, BigDecimal orderValue,
        @Schema(example = "USD") String orderCurrency, BigDecimal shippingCost,
        BigDecimal claimedAmount, String claimedCurrency,
        @JsonUnwrapped Buyer buyer,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Category category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SubReason subReason,
        Priority priority, String summary, Set<String> tags, String orderItems,
        @JsonUnwrapped Shipment shipment) {

    /** Lays the given fields over {@code base}. */
    ComplaintDetails applyTo(ComplaintDetails base) {
        if (marketplace != null) base.setMarketplace(marketplace);
        if (orderNumber != null) base.setOrderNumber(orderNumber);
        if (orderDate != null) base.setOrderDate(orderDate);
        if (orderValue != null) base.setOrderValue(orderValue);
        if (orderCurrency != null) {
            base.setOrderCurrency(orderCurrency);
            if (claimedCurrency == null) base.setClaimedCurrency(orderCurrency);
        }
        if (shippingCost != null) base.setShippingCost(shippingCost);
        if (claimedAmount != null) base.setClaimedAmount(claimedAmount);
        if (claimedCurrency != null) base.setClaimedCurrency(claimedCurrency);
        base.setBuyer(base.getBuyer().overlaidWith(buyer));
        if (category != null) base.setCategory(category);
        if (subReason != null) base.setSubReason(subReason);
        if (priority != null) base.setPriority(priority);
        if (summary != null) base.setSummary(summary);
        if (tags != null) base.setTags(tags);
        if (orderItems != null) base.setOrderItems(orderItems);
        base.setShipment(base.getShipment().overlaidWith(shipment));
        return base;
    }
}
