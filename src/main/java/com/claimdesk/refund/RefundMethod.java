package com.claimdesk.refund;

/** How the money goes back to the buyer. */
public enum RefundMethod {
    PLATFORM_REFUND, PAYPAL, BANK_TRANSFER, COUPON, OTHER
}
