package com.claimdesk.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A short id that the user can quote to support ("ERR-20261123-4F7K2Q"), logged with the full stack trace so
 * that support finds the exact failure.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String newId() {
        var sb = new StringBuilder("ERR-")
                .append(LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Logs the failure under a new reference and returns the reference. */
    public static String log(Throwable error, String context) {
        String id = newId();
        log.error("[{}] {}", id, context, error);
        return id;
    }
}
