/**
 * The negotiation tab of the case page: bottom line, the ladder of offers, the settle-now banner and the
 * waiting-too-long warning. No route of its own; the case workspace embeds {@link NegotiationPanel}.
 */
package com.claimdesk.negotiation.ui;
