/**
 * Refund requests and their approval. An amount is converted into the team's base currency with the rate of the
 * day (stored with the request), and the approval limits decide who settles it: the agent alone, a manager or a
 * team lead. The rules live in {@link com.claimdesk.refund.RefundRequest}: nobody approves their own request or
 * one they edited, a decision is taken once, and the stored amount is what counts, never one from the browser.
 */
package com.claimdesk.refund;
