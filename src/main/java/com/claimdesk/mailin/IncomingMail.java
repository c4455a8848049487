package com.claimdesk.mailin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One mail as ClaimDesk needs it. Attachments wait in temporary files (a mail may carry a video), which
 * {@link #discard()} removes.
 */
record IncomingMail(String messageId, String subject, @Nullable String fromName, @Nullable String fromAddress,
                    @Nullable Instant sentAt,
                    String body, List<Attachment> attachments) {

    record Attachment(String fileName, Path file) {
    }

    void discard() {
        for (Attachment a : attachments) {
            try {
                Files.deleteIfExists(a.file());
            } catch (IOException e) {
                // a temp file; the OS cleans its temp folder eventually
            }
        }
    }
}
