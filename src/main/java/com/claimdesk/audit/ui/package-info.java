/** The audit trail on the case page: the history tab. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.audit.ui;
