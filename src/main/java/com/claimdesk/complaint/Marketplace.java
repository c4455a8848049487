package com.claimdesk.complaint;

/** The channel the order came through; each has its own dispute rules and deadlines. */
public enum Marketplace {
    ALIBABA_TRADE_ASSURANCE, ALIEXPRESS, AMAZON, OWN_SHOP, DIRECT_B2B, OTHER
}
