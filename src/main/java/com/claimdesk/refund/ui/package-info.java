/** Asking for a refund on the case page, and the managers' and leads' approval queue. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.refund.ui;
