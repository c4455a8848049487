package com.claimdesk.security.ui;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Per signed-in UI: switch to the language the user chose last time, close the sign-in page the browser left by
 * signing in, and keep a user with a one-time password on the change-password page until they have chosen their own.
 */
@Component
class SecurityUiInitListener implements VaadinServiceInitListener {

    private static final String LOCALE_APPLIED = "claimdesk.userLocaleApplied";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            applyUserLocale(ui.getSession());
            closeSignInPagesLeft(ui);
            ui.addBeforeEnterListener(this::forcePasswordChange);
        });
    }

    static void applyUserLocale(VaadinSession session) {
        CurrentUser.get().map(ClaimDeskUserDetails::locale).ifPresent(locale -> {
            if (session.getAttribute(LOCALE_APPLIED) == null) {
                session.setAttribute(LOCALE_APPLIED, Boolean.TRUE);
                session.setLocale(MessagesI18NProvider.supported(locale));
            }
        });
    }

    /**
     * The sign-in form posts to Spring Security, not through Vaadin, so the browser leaves the sign-in page without
     * Vaadin's goodbye and its UI (the form, its push connection) would stay in the session until three heartbeats
     * are missed, a quarter of an hour later. Once the user is signed in, a UI still showing the sign-in page can only
     * be such a page left behind: it is closed, and Vaadin removes it at the end of this request.
     */
    static void closeSignInPagesLeft(UI ui) {
        if (CurrentUser.get().isEmpty()) {
            return;
        }
        for (UI other : List.copyOf(ui.getSession().getUIs())) {
            var shown = other.getInternals().getActiveRouterTargetsChain();
            if (other != ui && !other.isClosing() && !shown.isEmpty() && shown.getFirst() instanceof LoginView) {
                other.close();
            }
        }
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        boolean mustChange = CurrentUser.get().map(ClaimDeskUserDetails::mustChangePassword).orElse(false);
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != LoginView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
