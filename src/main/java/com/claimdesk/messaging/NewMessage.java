package com.claimdesk.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/**
 * What the compose box or the paste-a-buyer-message form submits. {@code sentAt} is the buyer's original time in
 * the viewer's zone (only for buyer messages; replies and notes are stamped now).
 */
public class NewMessage {

    @NotNull(message = "{field.required}")
    private MessageKind kind = MessageKind.REPLY;

    private MessageChannel channel = MessageChannel.PLATFORM_MESSAGE;

    @Size(max = 16, message = "{field.tooLong}")
    private String language = "en";

    @NotBlank(message = "{thread.error.empty}")
    @Size(max = CaseMessage.MAX_BODY, message = "{field.tooLong}")
    private String body = "";

    @PastOrPresent(message = "{field.notInFuture}")
    private LocalDateTime sentAt;

    public MessageKind getKind() { return kind; }
    public void setKind(MessageKind kind) { this.kind = kind; }
    public MessageChannel getChannel() { return channel; }
    public void setChannel(MessageChannel channel) { this.channel = channel; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body == null ? "" : body; }
    public LocalDateTime getSentAt() { return sentAt; }
    public void setSentAt(LocalDateTime sentAt) { this.sentAt = sentAt; }
}
