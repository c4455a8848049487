/**
 * UI pieces every feature uses: locale-aware formatting of money and dates, notifications that explain failures in
 * the user's language, error references, and the per-session set-up.
 */
package com.claimdesk.base.ui;
