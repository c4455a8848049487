package com.claimdesk.base.i18n;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Bean Validation reads its {@code {key}} messages from {@code messages*.properties}, so the form (Vaadin's binder,
 * in the UI's locale) and the server (Spring's validator, in the request's locale) say the same words.
 * Registered in {@code META-INF/validation.xml}.
 */
public class MessagesInterpolator extends ResourceBundleMessageInterpolator {

    public MessagesInterpolator() {
        super(new PlatformResourceBundleLocator("messages"));
    }
}
