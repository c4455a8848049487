/** The settlement form and its cost ledger on the case page. */
package com.claimdesk.settlement.ui;
