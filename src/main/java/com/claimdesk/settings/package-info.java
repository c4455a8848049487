/**
 * The team's money settings, kept by an admin: the base currency, the refund approval limits (agent alone, manager,
 * team lead) and the dated exchange-rate table used to convert other currencies into the base currency. A
 * conversion always says which rate of which day it used, so a refund request can store it.
 *
 * <p>Publishes for the reports (migration V091) {@code team_settings_facts}, the base currency, and
 * {@code exchange_rate_facts}, the dated exchange rates.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"team_settings", "exchange_rate"})
@com.claimdesk.base.PublishesViews({"team_settings_facts", "exchange_rate_facts"})
package com.claimdesk.settings;
