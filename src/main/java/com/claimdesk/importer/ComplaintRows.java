package com.claimdesk.importer;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.order.UpsertOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static com.claimdesk.importer.ImportField.*;

/**
 * Complaint and dispute rows. The key is the dispute id when the row has one, else the order number (per
 * marketplace): a key seen before updates its case; a case opened by hand for the same order is found by its
 * order number and updated too. A new case starts from the known order's facts, then takes the row's.
 */
final class ComplaintRows implements RowWriter {

    private final ComplaintService complaints;
    private final ImportKeys keys;
    private final Violations violations;

    ComplaintRows(ComplaintService complaints, ImportKeys keys, Violations violations) {
        this.complaints = complaints;
        this.keys = keys;
        this.violations = violations;
    }

    @Override
    public Prepared prepare(ParsedRow row) {
        Marketplace marketplace = row.get(MARKETPLACE);
        String orderNumber = row.get(ORDER_NUMBER);
        String caseNumber = existingCase(row, marketplace, orderNumber);
        ComplaintDetails d;
        long version = 0;
        if (caseNumber != null) {
            ComplaintSnapshot existing = complaints.get(caseNumber);
            d = existing.details();
            version = existing.version();
        } else {
            d = complaints.prefill(marketplace, orderNumber).orElseGet(ComplaintDetails::new);
        }
        overlay(d, row);
        return new Prepared(row, caseNumber == null ? UpsertOutcome.CREATED : UpsertOutcome.UPDATED, caseNumber, d,
                version, violations.of(d));
    }

    private String existingCase(ParsedRow row, Marketplace marketplace, String orderNumber) {
        String dispute = row.get(DISPUTE_ID);
        String found = dispute != null ? keys.caseNumber(marketplace, ImportKeys.Type.DISPUTE, dispute)
                : keys.caseNumber(marketplace, ImportKeys.Type.ORDER, orderNumber);
        if (found != null) {
            return found;
        }
        for (ComplaintListItem c : complaints.casesForOrder(marketplace, orderNumber)) {
            // a second dispute about the same order is a case of its own
            if (dispute == null || !keys.hasDisputeKey(c.id())) {
                return c.caseNumber();
            }
        }
        return null;
    }

    @Override
    public Written write(Prepared p) {
        ComplaintDetails d = (ComplaintDetails) p.target();
        String caseNumber;
        UpsertOutcome outcome;
        if (p.reference() != null) {
            ComplaintSnapshot after = complaints.update(p.reference(), p.version(), d);
            caseNumber = after.caseNumber();
            outcome = after.version() == p.version() ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED;
        } else {
            caseNumber = complaints.open(d);
            outcome = UpsertOutcome.CREATED;
        }
        ParsedRow row = p.row();
        String dispute = row.get(DISPUTE_ID);
        keys.remember(d.getMarketplace(), dispute != null ? ImportKeys.Type.DISPUTE : ImportKeys.Type.ORDER,
                dispute != null ? dispute : d.getOrderNumber(), keys.complaintId(caseNumber));
        return new Written(outcome, caseNumber);
    }

    private static void overlay(ComplaintDetails d, ParsedRow row) {
        if (row.has(MARKETPLACE)) d.setMarketplace(row.get(MARKETPLACE));
        if (row.has(ORDER_NUMBER)) d.setOrderNumber(row.get(ORDER_NUMBER));
        if (row.has(ORDER_DATE)) d.setOrderDate(row.<LocalDate>get(ORDER_DATE));
        if (row.has(ORDER_VALUE)) d.setOrderValue(row.<BigDecimal>get(ORDER_VALUE));
        if (row.has(CURRENCY)) {
            d.setOrderCurrency(row.get(CURRENCY));
            d.setClaimedCurrency(row.get(CURRENCY));
        }
        if (row.has(SHIPPING_COST)) d.setShippingCost(row.<BigDecimal>get(SHIPPING_COST));
        if (row.has(ORDER_ITEMS)) d.setOrderItems(row.get(ORDER_ITEMS));
        d.setBuyer(row.over(d.getBuyer()));
        d.setShipment(row.over(d.getShipment()));
        if (row.has(CATEGORY)) d.setCategory(row.<Category>get(CATEGORY));
        if (row.has(SUB_REASON)) d.setSubReason(row.<SubReason>get(SUB_REASON));
        if (row.has(PRIORITY)) d.setPriority(row.<Priority>get(PRIORITY));
        if (row.has(CLAIMED_AMOUNT)) d.setClaimedAmount(row.<BigDecimal>get(CLAIMED_AMOUNT));
        if (row.has(SUMMARY)) d.setSummary(row.get(SUMMARY));
        if (row.has(TAGS)) d.setTags(row.<Set<String>>get(TAGS));
    }
}
