/**
 * The buyer's history on the case page: the other cases of the same buyer — by their account on the marketplace,
 * or by name and country — what they cost, and a warning for buyers with many claims
 * (docs/decisions/163-buyer-history.md). Reads only the views other modules publish ({@code complaint_buyer_facts},
 * {@code settlement_facts}, {@code team_settings_facts}), like the reports, and owns no table.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.buyer;
