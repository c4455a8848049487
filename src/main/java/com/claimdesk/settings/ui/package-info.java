/** The admin's settings page: base currency, approval limits and the exchange-rate table. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.settings.ui;
