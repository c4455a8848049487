package com.claimdesk.base.ui;

import com.claimdesk.base.ErrorReference;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Wires every Vaadin session: one error handler that logs with a reference the user can quote, the viewer's time
 * zone from the browser, and Spring's locale context set to the user's language so that server-side validation
 * messages come back in it.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiSetup::handleError));
        ClientGoneLogFilter.install();
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> {
                try {
                    ui.getSession().setAttribute(Formats.TIME_ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
                } catch (DateTimeException | NullPointerException ignored) {
                    // an unknown zone id from an odd browser: times stay in UTC, which the UI labels
                }
            });
        });
        event.addVaadinRequestInterceptor(new LocaleInterceptor());
    }

    /**
     * Logs the failure with a reference and tells the user, in place: the handler runs with the session locked, so
     * the notification is shown directly. It used to be queued with {@code UI.access}; when showing it failed too
     * (the application shutting down, say) each failure queued the next, and the loop wrote gigabytes of log
     * while the shutdown hung. A notification that cannot be shown is left out; the log has the reference.
     */
    static void handleError(com.vaadin.flow.server.ErrorEvent event) {
        String ref = ErrorReference.log(event.getThrowable(), "Unhandled error in the UI");
        UI ui = UI.getCurrent();
        if (ui == null || ui.isClosing() || !ui.isAttached()) {
            return;
        }
        try {
            Notifications.error(ui.getTranslation("error.unexpected", ref));
        } catch (RuntimeException cannotShow) {
            org.slf4j.LoggerFactory.getLogger(UiSetup.class)
                    .warn("Could not show the error notification for {}: {}", ref, cannotShow.toString());
        }
    }

    private static final class LocaleInterceptor implements VaadinRequestInterceptor {
        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && session.getLocale() != null) {
                LocaleContextHolder.setLocale(session.getLocale());
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                    Exception exception) {
            // logged by the session's error handler
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
