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

/**
 * Per signed-in UI: switch to the language the user chose last time, and keep a user with a one-time password on
 * the change-password page until they have chosen their own.
 */
@Component
class SecurityUiInitListener implements VaadinServiceInitListener {

    private static final String LOCALE_APPLIED = "claimdesk.userLocaleApplied";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            applyUserLocale(ui.getSession());
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

    private void forcePasswordChange(BeforeEnterEvent event) {
        boolean mustChange = CurrentUser.get().map(ClaimDeskUserDetails::mustChangePassword).orElse(false);
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != LoginView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
