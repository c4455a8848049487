package com.claimdesk.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The index's folder and the little it notes about itself beside Lucene's files ({@code claimdesk-index.properties}):
 * the layout it was built with, when the last rebuild finished, and whether one was running, so that a rebuild a
 * crash cut short is done again at start.
 */
record SearchFolder(Path dir) {

    private static final String FILE = "claimdesk-index.properties";

    State state() {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return new State(null, null, false);
        }
        var p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            return new State(null, null, false);
        }
        String last = p.getProperty("lastRebuild");
        return new State(p.getProperty("layout"), last == null ? null : Instant.parse(last),
                Boolean.parseBoolean(p.getProperty("rebuilding")));
    }

    void write(State state) {
        var p = new Properties();
        if (state.layout() != null) {
            p.setProperty("layout", state.layout());
        }
        if (state.lastRebuild() != null) {
            p.setProperty("lastRebuild", state.lastRebuild().toString());
        }
        p.setProperty("rebuilding", String.valueOf(state.rebuilding()));
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "ClaimDesk search index");
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(FILE), e);
        }
    }

    /** Bytes of every file below the folder. */
    long sizeOnDisk() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a segment merged away meanwhile
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    record State(@Nullable String layout, @Nullable Instant lastRebuild, boolean rebuilding) {
    }
}
