package com.claimdesk.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one variant of an item, to be streamed to the browser; the caller closes it.
 *
 * @param contentType the stored, detected type of the original; {@code image/jpeg} for previews and thumbnails
 * @param length      byte count when known, else -1
 * @param fileName    the uploader's file name (display only; encode it before it goes into a header)
 */
public record EvidenceContent(String contentType, long length, String fileName, InputStream stream)
        implements Closeable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
