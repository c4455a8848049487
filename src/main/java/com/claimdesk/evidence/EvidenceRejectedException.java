package com.claimdesk.evidence;

import com.claimdesk.base.DomainException;

/** An upload was refused for what it is, not for a fault of ours; the message says why in the user's language. */
public class EvidenceRejectedException extends DomainException {

    /** Why a file was refused; each has the message key {@code evidence.error.<reason>}. */
    public enum Reason {
        EMPTY("empty"), TOO_LARGE("tooLarge"), WRONG_TYPE("type"), TOO_MANY_PIXELS("pixels"), UNREADABLE("unreadable");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        String messageKey() {
            return "evidence.error." + key;
        }
    }

    private final Reason reason;

    EvidenceRejectedException(Reason reason, String logMessage, Object... arguments) {
        super(reason.messageKey(), logMessage, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
