package com.claimdesk.settlement;

/** A line of the cost ledger. */
public enum CostKind {
    REFUND, REPLACEMENT_GOODS, FREIGHT_OUT, FREIGHT_BACK, CUSTOMS_DUTIES, COUPON, PLATFORM_FEE, OTHER
}
