package com.claimdesk.complaint;

/**
 * Why the complaint happened, recorded when the case is closed. The seller-process causes are kept apart because
 * they are the ones the team can prevent itself (DOMAIN.md: "Learn").
 */
public enum RootCause {
    PRODUCT_QUALITY,
    PACKAGING,
    CARRIER,
    CUSTOMS,
    BUYER_ADDRESS,
    BUYER_HANDLING,
    DELIVERY_DATE_NOT_EXTENDED,
    DESCRIPTION_MISMATCH,
    SELLER_PROCESS,
    UNKNOWN;

    /** Causes inside the seller's own process. */
    public boolean isSellerProcess() {
        return this == DELIVERY_DATE_NOT_EXTENDED || this == DESCRIPTION_MISMATCH || this == SELLER_PROCESS;
    }
}
