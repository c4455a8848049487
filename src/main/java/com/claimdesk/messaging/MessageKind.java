package com.claimdesk.messaging;

/** What a thread entry is. Only a REPLY counts as an answer to the buyer; a NOTE is never shown to them. */
public enum MessageKind {
    BUYER_MESSAGE, REPLY, NOTE
}
