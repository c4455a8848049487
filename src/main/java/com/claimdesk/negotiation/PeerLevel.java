package com.claimdesk.negotiation;

/**
 * What a case's peers have in common with it, from the narrowest to the widest; the guidance takes the first level
 * with enough finished peers. The category is always the same.
 */
public enum PeerLevel {
    SAME_PRODUCT(true, true, true, true),
    SAME_ORDER_BAND(true, true, true, false),
    SAME_MARKETPLACE(true, true, false, false),
    SAME_SUB_REASON(true, false, false, false),
    SAME_CATEGORY(false, false, false, false);

    final boolean subReason;
    final boolean marketplace;
    final boolean band;
    final boolean sku;

    PeerLevel(boolean subReason, boolean marketplace, boolean band, boolean sku) {
        this.subReason = subReason;
        this.marketplace = marketplace;
        this.band = band;
        this.sku = sku;
    }
}
