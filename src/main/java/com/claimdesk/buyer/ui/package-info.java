/** The buyer's history as a card in the case page's side column. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.buyer.ui;
