/**
 * The thread of a case: buyer messages (pasted or imported with their original time and channel), replies sent,
 * and internal notes the buyer never sees. Works with the case's numeric id only, so that the case workspace can
 * depend on it without a package cycle. The first reply's time is the case's first response.
 */
@com.claimdesk.base.OwnsTables({"case_message"})
package com.claimdesk.messaging;
