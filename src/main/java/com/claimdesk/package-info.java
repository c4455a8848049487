/**
 * ClaimDesk: the after-sales console in which a cross-border seller's team works buyer complaints and claims.
 * Each sub-package is one feature (complaint, security, ...) with its own {@code ui} package; {@code base} holds
 * what every feature shares (money, i18n, the main layout, the embedded database).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk;
