package com.claimdesk.evidence;

/** Who produced a piece of evidence; it weighs differently in a dispute (the buyer's own photo versus ours). */
public enum EvidenceSource {
    BUYER, OUR_PRE_SHIPMENT_PHOTO, CARRIER, PLATFORM, OTHER
}
