package com.claimdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The shape of a token: {@code cdk_<prefix>_<secret>}. The prefix finds the row (and is shown in lists, so an admin
 * can tell tokens apart); the whole string is hashed with SHA-256 and compared in constant time.
 */
final class TokenSecrets {

    static final String MARK = "cdk_";
    private static final String PREFIX_ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final int PREFIX_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Generated(String prefix, String secret, String hash) {
    }

    private TokenSecrets() {
    }

    static Generated generate() {
        var prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = MARK + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Generated(prefix.toString(), secret, hash(secret));
    }

    /** The prefix of a well-formed token, empty for anything else. */
    static Optional<String> prefixOf(String token) {
        if (token == null || !token.startsWith(MARK) || token.length() > 200) {
            return Optional.empty();
        }
        int end = token.indexOf('_', MARK.length());
        if (end != MARK.length() + PREFIX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(token.substring(MARK.length(), end));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
