package com.claimdesk.evidence;

/**
 * Who produced a piece of evidence; it weighs differently in a dispute (the buyer's own photo versus ours).
 * {@code OUR_DOSSIER} is the file we send to arbitration or a card network (made by the dossier module).
 */
public enum EvidenceSource {
    BUYER, OUR_PRE_SHIPMENT_PHOTO, CARRIER, PLATFORM, OTHER, OUR_DOSSIER
}
