package com.claimdesk.base;

/**
 * A search as InnoDB FULLTEXT in boolean mode reads it: every word of three or more letters required, as a prefix
 * ({@code "damaged photo"} → {@code +damaged* +photo*}). InnoDB ignores tokens shorter than
 * {@code innodb_ft_min_token_size} (3), so shorter words are left out; an empty result means "nothing to search".
 */
public final class FullTextQuery {

    private FullTextQuery() {
    }

    public static String booleanPrefixes(String text) {
        var sb = new StringBuilder();
        for (String word : text.split("[\\s\\p{Punct}]+")) {
            if (word.codePointCount(0, word.length()) >= 3) {
                sb.append(sb.isEmpty() ? "" : " ").append('+').append(word).append('*');
            }
        }
        return sb.toString();
    }

    /**
     * Like {@link #booleanPrefixes}, but of each word typed only its longest part between punctuation
     * ({@code "CD-2026-218673"} → {@code +218673*}): InnoDB would otherwise collect every row for {@code cd*} and
     * {@code 2026*} before intersecting. The rows found are more than the text's; only for a caller that tests the
     * whole text again on them (the queue's substring test on its columns).
     */
    public static String longestPartPrefixes(String text) {
        var sb = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longest = "";
            for (String part : word.split("\\p{Punct}+")) {
                if (part.codePointCount(0, part.length()) > longest.codePointCount(0, longest.length())) {
                    longest = part;
                }
            }
            if (longest.codePointCount(0, longest.length()) >= 3) {
                sb.append(sb.isEmpty() ? "" : " ").append('+').append(longest).append('*');
            }
        }
        return sb.toString();
    }
}
