/** The settlement form and its cost ledger on the case page. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.settlement.ui;
