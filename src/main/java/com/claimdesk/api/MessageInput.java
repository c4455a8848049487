package com.claimdesk.api;

import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A thread entry to add. {@code sentAt} is the buyer's original time (buyer messages only); replies and notes are
 * stamped when they arrive.
 */
public record MessageInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MessageKind kind,
        MessageChannel channel, @Schema(example = "en") String language,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String body, Instant sentAt) {
}
