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
}
