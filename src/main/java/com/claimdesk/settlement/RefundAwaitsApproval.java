package com.claimdesk.settlement;

import com.claimdesk.base.DomainException;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.refund.RefundSummary;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Settling found refund lines typed into the ledger that a manager or lead must approve first. They were asked for
 * (the requests and the case's new status are committed), the settlement was not recorded and the case is not
 * resolved. The requests made are carried by the index of the ledger line they came from, so that a form can link
 * its lines to them and a second save does not ask again.
 */
public class RefundAwaitsApproval extends DomainException {

    private final transient Map<Integer, RefundSummary> requestedByLine;

    RefundAwaitsApproval(long complaintId, Map<Integer, RefundSummary> requestedByLine) {
        super("settlement.error.refundAwaitsApproval", "Case " + complaintId + ": ledger refunds wait for approval "
                + waiting(requestedByLine), waiting(requestedByLine));
        this.requestedByLine = Map.copyOf(requestedByLine);
    }

    /** Every request this save made (settled at once or waiting), by the index of its line in the form. */
    public Map<Integer, RefundSummary> requestedByLine() {
        return new TreeMap<>(requestedByLine);
    }

    private static String waiting(Map<Integer, RefundSummary> requested) {
        return new TreeMap<>(requested).values().stream().filter(r -> r.status() == RefundStatus.PENDING)
                .map(r -> r.amount().toString()).collect(Collectors.joining(", "));
    }
}
