/**
 * UI pieces every feature uses: locale-aware formatting of money and dates, notifications that explain failures in
 * the user's language and {@link com.claimdesk.base.ui.Attempt}, the one path from a refused action to that
 * explanation; the form parts every form shares ({@link com.claimdesk.base.ui.MoneyField} with the team's
 * currencies, {@link com.claimdesk.base.ui.EnumSelect}); error references, and the per-session set-up.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.base.ui;
