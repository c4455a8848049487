package com.claimdesk.security.ui;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Locale;

/** The sign-in page, in the language the browser asked for and switchable before signing in. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("cd-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new Div(new Span("ClaimDesk"));
        brand.addClassName("cd-login-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("cd-login-tagline");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));

        var language = new Select<Locale>();
        language.setId("login-language");
        language.setItems(MessagesI18NProvider.ENGLISH, MessagesI18NProvider.SIMPLIFIED_CHINESE);
        language.setItemLabelGenerator(l -> "zh".equals(l.getLanguage()) ? "简体中文" : "English");
        language.setValue(MessagesI18NProvider.supported(getLocale()));
        language.setAriaLabel("Language / 语言");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> {
                    ui.getSession().setLocale(e.getValue());
                    ui.getPage().reload();
                });
            }
        });
        add(brand, tagline, login, new HorizontalLayout(language));
    }

    /**
     * One message for a wrong password, an unknown name, a disabled account and a throttled attempt alike; another
     * one only when the page itself had expired (its CSRF token no longer valid), which says nothing about the account.
     */
    private LoginI18n i18n(boolean expired) {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation(expired ? "login.expired.title" : "login.error.title"));
        error.setMessage(getTranslation(expired ? "login.expired.message" : "login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean expired = parameters.containsKey("expired");
        login.setI18n(i18n(expired));
        login.setError(expired || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
