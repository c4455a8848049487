/**
 * Refund requests and their approval: the one way a refund reaches a buyer, whether asked for on the Negotiation tab
 * or typed into a settlement's ledger. An amount is converted into the team's base currency with the rate of the
 * day (stored with the request), and the approval limits, applied to the case's standing refunds together, decide
 * who settles it: the agent alone, a manager or a team lead. The rules live in
 * {@link com.claimdesk.refund.RefundRequest}: nobody approves their own request or one they edited, only the
 * requester edits a waiting request, a decision is taken once and only on the version the approver was shown, and
 * the stored amount is what counts, never one from the browser (docs/decisions/070-refund-integrity.md).
 *
 * <p>Publishes {@code approved_refund_facts} for the reports (migration V091): the approved requests of each case
 * with their stored amount in the base currency.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"refund_request"})
@com.claimdesk.base.PublishesViews({"approved_refund_facts"})
package com.claimdesk.refund;
