/**
 * The negotiation tab of the case page ({@link NegotiationTab}): bottom line, the ladder of offers, the settle-now
 * banner and the waiting-too-long warning. No route of its own. {@link OfferLadder}, the compact ladder, is embedded
 * by the approval queue and the review page (a named interface).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.negotiation.ui;
