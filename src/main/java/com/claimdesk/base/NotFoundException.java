package com.claimdesk.base;

/** Something the user asked for by its key (a case number, a user id) does not exist, or is not visible to them. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
    }
}
