/** The admin's settings page: base currency, approval limits and the exchange-rate table. */
package com.claimdesk.settings.ui;
