/** The thread on the case page: the thread tab with its compose box, and the first-response clock among the facts. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.messaging.ui;
