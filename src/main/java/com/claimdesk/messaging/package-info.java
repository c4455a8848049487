/**
 * The thread of a case: buyer messages (pasted or imported with their original time and channel), replies sent,
 * and internal notes the buyer never sees. The service works with the case's numeric id only. The first reply's time
 * is the case's first response. The thread tab of the case page is in {@code ui}.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"case_message"})
package com.claimdesk.messaging;
