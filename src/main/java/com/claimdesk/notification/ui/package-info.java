/** The bell in the navigation bar with its unread count, and the list of notifications behind it. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.notification.ui;
