package com.claimdesk.base.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ErrorReference;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

/** Consistent feedback: success briefly, problems until closed and in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        var n = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        var n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /** Says why an action failed: a rule's own message, a refusal, or an unexpected error with its reference. */
    public static void failure(Throwable error) {
        error(describe(error));
    }

    public static String describe(Throwable error) {
        UI ui = UI.getCurrent();
        if (error instanceof DomainException de) {
            return ui.getTranslation(de.messageKey(), de.arguments());
        }
        if (error instanceof AccessDeniedException) {
            return ui.getTranslation("error.accessDenied");
        }
        if (error instanceof ConstraintViolationException cve) {
            return cve.getConstraintViolations().stream().map(v -> v.getMessage()).sorted()
                    .reduce((a, b) -> a + "\n" + b).orElse(ui.getTranslation("error.invalidInput"));
        }
        if (error instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
            return ui.getTranslation("error.concurrentChange");
        }
        String ref = ErrorReference.log(error, "Unexpected error in a user action");
        return ui.getTranslation("error.unexpected", ref);
    }
}
