/** Asking for a refund on the case page, and the managers' and leads' approval queue. */
package com.claimdesk.refund.ui;
