package com.claimdesk.evidence.ui;

import com.claimdesk.base.NotFoundException;
import com.claimdesk.evidence.EvidenceContent;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceVariant;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves evidence through Vaadin's session-bound download URLs. Every request asks the service again (role AGENT),
 * and the headers make the browser take the bytes for exactly the stored, detected type: {@code nosniff}, the
 * stored {@code Content-Type}, and a {@code Content-Disposition} whose file name is encoded (RFC 6266/5987), since
 * it is the uploader's text. Originals support single byte ranges, which Safari needs to play a video at all.
 */
final class EvidenceDownloads {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int BUFFER_SIZE = 64 * 1024;

    private final EvidenceService service;

    EvidenceDownloads(EvidenceService service) {
        this.service = service;
    }

    /**
     * @param inline {@code true} for what the browser shows itself (previews, a PDF opened in a tab),
     *               {@code false} to have it saved as a file
     */
    DownloadHandler handler(long evidenceId, EvidenceVariant variant, boolean inline) {
        return event -> serve(event, evidenceId, variant, inline);
    }

    void serve(DownloadEvent event, long evidenceId, EvidenceVariant variant, boolean inline) throws IOException {
        VaadinResponse response = event.getResponse();
        EvidenceContent content;
        try {
            content = service.open(evidenceId, variant);
        } catch (NotFoundException e) {
            response.setStatus(404);
            return;
        } catch (AccessDeniedException | AuthenticationException e) {
            response.setStatus(403);
            return;
        }
        try (content) {
            response.setContentType(content.contentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Disposition", disposition(inline, content.fileName()));
            response.setHeader("Cache-Control", "private, no-transform");
            long length = content.length();
            if (length < 0) {
                content.stream().transferTo(event.getOutputStream());
                return;
            }
            response.setHeader("Accept-Ranges", "bytes");
            long[] range = range(event.getRequest().getHeader("Range"), length);
            if (range == null) {
                response.setContentLengthLong(length);
                content.stream().transferTo(event.getOutputStream());
            } else if (range.length == 0) {
                response.setStatus(416);
                response.setHeader("Content-Range", "bytes */" + length);
            } else {
                long count = range[1] - range[0] + 1;
                response.setStatus(206);
                response.setHeader("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + length);
                response.setContentLengthLong(count);
                content.stream().skipNBytes(range[0]);
                copy(content.stream(), event.getOutputStream(), count);
            }
        }
    }

    static String disposition(boolean inline, String fileName) {
        var builder = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return builder.filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /**
     * The one byte range asked for as {@code {first, last}}; {@code null} for the whole file (no header, several
     * ranges, or one we do not understand, which RFC 9110 lets a server answer in full); an empty array when the
     * range lies beyond the end.
     */
    static long[] range(String header, long length) {
        if (header == null) {
            return null;
        }
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            long first;
            long last;
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    return new long[0];
                }
                first = Math.max(0, length - suffix);
                last = length - 1;
            } else {
                first = Long.parseLong(m.group(1));
                if (m.group(2).isEmpty()) {
                    last = length - 1;
                } else {
                    last = Long.parseLong(m.group(2));
                    if (last < first) {
                        return null;
                    }
                    last = Math.min(last, length - 1);
                }
            }
            if (first >= length) {
                return new long[0];
            }
            return new long[]{first, last};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("Evidence file ended " + left + " bytes early");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}
