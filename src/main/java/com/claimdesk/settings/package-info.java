/**
 * The team's money settings, kept by an admin: the base currency, the refund approval limits (agent alone, manager,
 * team lead) and the dated exchange-rate table used to convert other currencies into the base currency. A
 * conversion always says which rate of which day it used, so a refund request can store it.
 */
@com.claimdesk.base.OwnsTables({"team_settings", "exchange_rate"})
package com.claimdesk.settings;
