package com.claimdesk.api;

import com.claimdesk.base.DomainException;

/** The request itself is malformed (a cursor that is not ours, an empty body): 400, with a translated reason. */
class ApiBadRequestException extends DomainException {

    ApiBadRequestException(String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
    }
}
