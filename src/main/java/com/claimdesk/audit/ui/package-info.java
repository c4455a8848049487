/** The audit trail on the case page: the history tab. */
package com.claimdesk.audit.ui;
