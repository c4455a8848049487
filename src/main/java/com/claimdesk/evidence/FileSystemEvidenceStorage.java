package com.claimdesk.evidence;

import com.claimdesk.base.ClaimDeskProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Evidence in a folder, {@code <claimdesk.data-dir>/evidence/<key>}, or {@code claimdesk.evidence.dir}
 * ({@code CLAIMDESK_EVIDENCE_DIR}) when set: several nodes point it at one shared folder (NFS or another shared file
 * system), so that a file uploaded through one node is served by every other. A file is written under a temporary
 * name, forced to disk and then renamed into place, so a reader never sees half a file (on any node) and a crash
 * leaves at most a stray {@code .incoming-*} file, never a damaged piece of evidence.
 */
@Component
class FileSystemEvidenceStorage implements EvidenceStorage {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private final Path root;

    FileSystemEvidenceStorage(ClaimDeskProperties properties, EvidenceProperties evidence) {
        Path dir = evidence.dir() != null ? evidence.dir() : properties.dataDir().resolve("evidence");
        this.root = dir.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path incoming = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.transferTo(out);
                channel.force(true);
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys come from the service, but a key that could leave the folder is refused all the same. */
    private Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }
}
