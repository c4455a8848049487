package com.claimdesk.api;


import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** Opaque cursors: a time (microseconds, as the database keeps it) and an id, base64url-encoded. */
final class Cursors {

    record Position(Instant at, long id) {
    }

    private Cursors() {
    }

    static String encode(Instant at, long id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** Null for a null or empty cursor (the first page). */
    static Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            long micros = Long.parseLong(plain.substring(0, colon));
            long id = Long.parseLong(plain.substring(colon + 1));
            return new Position(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (RuntimeException e) {
            throw new ApiBadRequestException("api.error.cursor", "Bad cursor " + cursor);
        }
    }
}
