package com.claimdesk.messaging;

/** How a message travelled. */
public enum MessageChannel {
    PLATFORM_MESSAGE, EMAIL, PHONE_CALL, CHAT, OTHER
}
