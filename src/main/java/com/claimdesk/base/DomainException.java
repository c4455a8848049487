package com.claimdesk.base;

import java.util.Arrays;

/**
 * A business rule said no. Carries a message key and arguments so that the UI can say why in the user's language;
 * the English text from {@link #getMessage()} is for logs.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, String logMessage, Object... arguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
