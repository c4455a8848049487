package com.claimdesk.complaint;

/** Who bore the responsibility for what went wrong, recorded when the case is closed. */
public enum Responsibility {
    SELLER, FACTORY, CARRIER, BUYER, PLATFORM, CUSTOMS_AUTHORITY, SHARED, UNKNOWN
}
