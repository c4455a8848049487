package com.claimdesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An upload received into a local temporary file while its bytes are counted and hashed. Reading stops at the
 * first byte over the limit, so an oversized upload costs neither disk nor heap beyond the limit; the file is
 * removed when this is closed, whatever happened.
 */
final class StagedUpload implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path file;
    private final long size;
    private final String sha256;

    private StagedUpload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    static StagedUpload receive(InputStream content, long maxBytes, String fileName) throws IOException {
        Path file = Files.createTempFile("claimdesk-evidence-", ".upload");
        try {
            MessageDigest digest = newDigest();
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[BUFFER_SIZE];
                int n;
                while ((n = content.read(buffer)) != -1) {
                    total += n;
                    if (total > maxBytes) {
                        throw new EvidenceRejectedException(EvidenceRejectedException.Reason.TOO_LARGE,
                                "Upload " + fileName + " exceeds " + maxBytes + " bytes", fileName,
                                FileSizes.format(maxBytes, Locale.ROOT));
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new EvidenceRejectedException(EvidenceRejectedException.Reason.EMPTY,
                        "Upload " + fileName + " is empty", fileName);
            }
            return new StagedUpload(file, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
