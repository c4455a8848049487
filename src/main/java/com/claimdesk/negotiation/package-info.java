/**
 * Negotiation of a case: the team's bottom line (the most the seller will give and which resolutions it accepts),
 * decided before we make an offer, and the rounds of offers from the buyer, from us and from the platform's
 * arbitration. A pure policy says when the buyer's open offer is acceptable ("settle now") and when the buyer has
 * waited too long for our answer. Works with the case's numeric id only (see docs/decisions/004-case-workspace.md),
 * so that the case workspace can depend on it without a package cycle.
 *
 * <p>Publishes {@code offer_facts} for the reports (migration V091): one row per offer round of a case with
 * when it was proposed; and {@code bottom_line_facts} (migration V160): each bottom line with the settlement guidance
 * it was shown and whether it followed it.
 *
 * <p>Settlement guidance ({@link com.claimdesk.negotiation.GuidanceService}) reads the views other modules publish
 * ({@code complaint_facts}, {@code settlement_facts}, {@code offer_facts}, {@code chargeback_facts}) to find a case's
 * finished peers and how they ended (docs/decisions/160-settlement-guidance.md).
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"negotiation_bottom_line", "negotiation_offer"})
@com.claimdesk.base.PublishesViews({"offer_facts", "bottom_line_facts"})
package com.claimdesk.negotiation;
