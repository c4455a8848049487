/** The thread on the case page: the thread tab with its compose box, and the first-response clock among the facts. */
package com.claimdesk.messaging.ui;
