package com.claimdesk.dossier;

/**
 * The fixed sections of a dossier an agent can leave out; the conversation and the photos are chosen item by item.
 * Our offers never carry the bottom line: it is the team's own limit and stays internal.
 */
public enum DossierPart {
    FACTS, TIMELINE, TRACKING, OFFERS
}
