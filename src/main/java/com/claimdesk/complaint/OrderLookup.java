package com.claimdesk.complaint;

import java.util.Optional;

/**
 * Finds what is known about an order before its case exists. Implemented by the order feature; the case aggregate
 * only knows this port, so that orders may depend on cases but not the other way round.
 */
public interface OrderLookup {

    /** The order's facts as case details (order, buyer and shipment fields only), when the order is known. */
    Optional<ComplaintDetails> orderFacts(Marketplace marketplace, String orderNumber);
}
