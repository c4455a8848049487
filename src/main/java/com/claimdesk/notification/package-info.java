/**
 * The in-app notification centre: what a person should know without looking for it (their refund was decided, a
 * deadline is near or was missed). Features raise notifications through {@link com.claimdesk.notification.Notifier}
 * inside their own transaction, so a notification exists exactly when the change it reports was committed. The
 * text is a message key with arguments, translated when it is read.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"notification"})
package com.claimdesk.notification;
