/**
 * How a case was settled and what it cost: the resolution given, a cost ledger (refund, replacement goods, freight
 * both ways, customs, coupons, platform fees, other) with each line in its own currency and converted to the team's
 * base currency, whether the buyer stays a customer and what became of negative feedback. Recording the settlement
 * resolves the case; the ledger is what the cost reports add up. A refund line is always a refund request of the
 * case: typed into the ledger, it is asked for through the refund feature with its limits and four eyes
 * (docs/decisions/070-refund-integrity.md).
 *
 * <p>Publishes for the reports (migration V091) {@code settlement_facts}, one row per settled case with its
 * resolution and total cost in the base currency and when it was settled, and {@code settlement_ledger_refund_facts},
 * the refund lines of a ledger that are not a refund request (only ledgers from before decision 070 hold them).
 * Since V160 {@code settlement_facts} also says whether the buyer stays a customer (settlement guidance).
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"settlement", "settlement_cost"})
@com.claimdesk.base.PublishesViews({"settlement_facts", "settlement_ledger_refund_facts"})
package com.claimdesk.settlement;
