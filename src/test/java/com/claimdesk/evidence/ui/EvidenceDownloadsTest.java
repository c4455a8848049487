package com.claimdesk.evidence.ui;

import com.claimdesk.base.NotFoundException;
import com.claimdesk.evidence.EvidenceContent;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The headers that make a browser take evidence for exactly its stored type, and byte ranges for video. */
class EvidenceDownloadsTest {

    private final EvidenceService service = mock(EvidenceService.class);
    private final VaadinRequest request = mock(VaadinRequest.class);
    private final VaadinResponse response = mock(VaadinResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final EvidenceDownloads downloads = new EvidenceDownloads(service);

    @BeforeEach
    void wireResponse() throws IOException {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        when(response.getOutputStream()).thenReturn(out);
    }

    private void serve(EvidenceVariant variant, boolean inline) throws IOException {
        downloads.serve(new DownloadEvent(request, response, null, null), 7L, variant, inline);
    }

    private static EvidenceContent content(String type, String name, byte[] bytes, boolean knownLength) {
        return new EvidenceContent(type, knownLength ? bytes.length : -1, name, new ByteArrayInputStream(bytes));
    }

    @Test
    void an_original_is_an_attachment_of_its_stored_type_that_the_browser_must_not_sniff() throws IOException {
        byte[] bytes = "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII);
        when(service.open(7L, EvidenceVariant.ORIGINAL)).thenReturn(content("application/pdf", "海关证明.pdf", bytes, true));

        serve(EvidenceVariant.ORIGINAL, false);

        verify(response).setContentType("application/pdf");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Content-Disposition",
                "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E6%B5%B7%E5%85%B3%E8%AF%81%E6%98%8E.pdf");
        verify(response).setContentLengthLong(bytes.length);
        assertThat(body.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void a_preview_is_inline_and_a_quote_in_the_name_cannot_break_the_header() throws IOException {
        when(service.open(7L, EvidenceVariant.PREVIEW))
                .thenReturn(content("image/jpeg", "a\"; filename=evil.html", new byte[]{1, 2, 3}, false));

        serve(EvidenceVariant.PREVIEW, true);

        verify(response).setContentType("image/jpeg");
        verify(response).setHeader("Content-Disposition",
                "inline; filename=\"a\\\"; filename=evil.html\"; filename*=UTF-8''a%22%3B%20filename%3Devil.html");
        assertThat(body.toByteArray()).containsExactly(1, 2, 3);
    }

    @Test
    void a_byte_range_is_answered_with_206_and_just_those_bytes() throws IOException {
        byte[] bytes = "0123456789".getBytes(StandardCharsets.US_ASCII);
        when(service.open(7L, EvidenceVariant.ORIGINAL)).thenReturn(content("video/mp4", "v.mp4", bytes, true));
        when(request.getHeader("Range")).thenReturn("bytes=2-5");

        serve(EvidenceVariant.ORIGINAL, false);

        verify(response).setStatus(206);
        verify(response).setHeader("Content-Range", "bytes 2-5/10");
        verify(response).setContentLengthLong(4);
        assertThat(body.toString(StandardCharsets.US_ASCII)).isEqualTo("2345");
    }

    @Test
    void missing_evidence_is_404_and_a_refusal_403() throws IOException {
        when(service.open(7L, EvidenceVariant.ORIGINAL)).thenThrow(new NotFoundException("evidence.error.notFound", "x"));
        serve(EvidenceVariant.ORIGINAL, false);
        verify(response).setStatus(404);

        when(service.open(7L, EvidenceVariant.THUMBNAIL)).thenThrow(new AccessDeniedException("no"));
        serve(EvidenceVariant.THUMBNAIL, true);
        verify(response).setStatus(403);
        assertThat(body.size()).isZero();
    }

    @Test
    void ranges_are_read_as_rfc_9110_says() {
        assertThat(EvidenceDownloads.range(null, 100)).isNull();
        assertThat(EvidenceDownloads.range("bytes=0-", 100)).containsExactly(0, 99);
        assertThat(EvidenceDownloads.range("bytes=90-200", 100)).containsExactly(90, 99);
        assertThat(EvidenceDownloads.range("bytes=-10", 100)).containsExactly(90, 99);
        assertThat(EvidenceDownloads.range("bytes=100-", 100)).isEmpty();
        assertThat(EvidenceDownloads.range("bytes=5-3", 100)).isNull();
        assertThat(EvidenceDownloads.range("bytes=0-1,5-6", 100)).isNull();
        assertThat(EvidenceDownloads.range("items=0-1", 100)).isNull();
    }
}
