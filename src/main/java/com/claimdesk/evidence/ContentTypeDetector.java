package com.claimdesk.evidence;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The real type of a file, from its bytes alone: the name is never consulted, so {@code invoice.pdf.exe} renamed to
 * {@code photo.jpg} is still a program.
 */
@Component
class ContentTypeDetector {

    /**
     * Tika's magic knows only the {@code mp41}/{@code mp42} brands as MP4 and calls every other ISO media file
     * QuickTime, yet phones and ffmpeg write {@code isom} and friends, which browsers play as MP4. QuickTime's own
     * brand ({@code qt  }) stays refused.
     */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1");

    private final Tika tika = new Tika();

    String detect(Path file) throws IOException {
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // the base type only: Tika adds parameters such as "; format=pe" that no allow-list should have to know
            type = MediaType.parse(tika.detect(in)).getBaseType().toString();
        }
        if ("video/quicktime".equals(type) && hasMp4Brand(file)) {
            return "video/mp4";
        }
        return type;
    }

    private static boolean hasMp4Brand(Path file) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        }
        String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return "ftyp".equals(box) && MP4_BRANDS.contains(brand);
    }
}
