/**
 * The arbitration and chargeback dossier: a PDF, in English or Chinese, that a platform's arbitration team or a card
 * network is sent. The agent picks what goes in (the buyer conversation's messages and replies, evidence photos, the
 * facts, timeline, tracking and our offers); internal notes and the bottom line are never read for it. The file is
 * stored as evidence on the case and its making audited. Owns no table: it reads the other modules' services and
 * writes through the evidence module (docs/decisions/161-arbitration-dossier.md).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.dossier;
