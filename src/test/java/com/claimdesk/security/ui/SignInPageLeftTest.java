package com.claimdesk.security.ui;

import com.claimdesk.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page the browser leaves by signing in does not stay in the session. */
class SignInPageLeftTest extends KaribuTest {

    @Test
    void the_sign_in_page_left_behind_is_closed_when_a_signed_in_page_opens() {
        navigate("login");
        UI signInPage = UI.getCurrent();
        assertThat(signInPage.getCurrentView()).isInstanceOf(LoginView.class);

        login("agent");
        SecurityUiInitListener.closeSignInPagesLeft(nextPageOfTheSameSession());

        assertThat(signInPage.isClosing()).isTrue();
    }

    @Test
    void before_signing_in_a_second_page_leaves_the_sign_in_page_open() {
        navigate("login");
        UI signInPage = UI.getCurrent();

        SecurityUiInitListener.closeSignInPagesLeft(nextPageOfTheSameSession());

        assertThat(signInPage.isClosing()).isFalse();
    }

    @Test
    void a_signed_in_page_other_than_the_sign_in_page_stays_open() {
        login("agent");
        navigate("cases");
        UI queue = UI.getCurrent();

        SecurityUiInitListener.closeSignInPagesLeft(nextPageOfTheSameSession());

        assertThat(queue.isClosing()).isFalse();
    }

    /** A new UI in the session, as the page the browser opens next (a new tab, or the page after signing in). */
    private static UI nextPageOfTheSameSession() {
        var next = new UI();
        next.getInternals().setSession(VaadinSession.getCurrent());
        return next;
    }
}
