package com.claimdesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens a highlighted passage (HTML-escaped text with marked words) to about a given number of visible characters
 * around its first marked word, without cutting a tag or an entity in two and with every mark closed.
 */
final class Snippets {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final String ELLIPSIS = "…";
    /** Visible characters kept before the first marked word. */
    private static final int BEFORE = 40;

    private Snippets() {
    }

    static String around(String passage, int length) {
        List<String> units = units(passage);
        long visible = units.stream().filter(u -> !u.equals(OPEN) && !u.equals(CLOSE)).count();
        if (visible <= length) {
            return passage.strip();
        }
        int first = units.indexOf(OPEN);
        int from = 0;
        if (first > 0) {
            int seen = 0;
            from = first;
            while (from > 0 && seen < BEFORE) {
                from--;
                if (!isTag(units.get(from))) {
                    seen++;
                }
            }
        }
        var sb = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < from; i++) {
            open = units.get(i).equals(OPEN) || (open && !units.get(i).equals(CLOSE));
        }
        if (from > 0) {
            sb.append(ELLIPSIS);
        }
        if (open) {
            sb.append(OPEN);
        }
        int shown = 0;
        int i = from;
        for (; i < units.size() && shown < length; i++) {
            String u = units.get(i);
            sb.append(u);
            if (u.equals(OPEN)) {
                open = true;
            } else if (u.equals(CLOSE)) {
                open = false;
            } else {
                shown++;
            }
        }
        if (open) {
            sb.append(CLOSE);
        }
        if (i < units.size()) {
            sb.append(ELLIPSIS);
        }
        return sb.toString().strip();
    }

    private static boolean isTag(String unit) {
        return unit.equals(OPEN) || unit.equals(CLOSE);
    }

    /** The passage as marks, entities ({@code &amp;}) and single characters (code points). */
    private static List<String> units(String s) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith(OPEN, i)) {
                units.add(OPEN);
                i += OPEN.length();
            } else if (s.startsWith(CLOSE, i)) {
                units.add(CLOSE);
                i += CLOSE.length();
            } else if (s.charAt(i) == '&' && s.indexOf(';', i) > i && s.indexOf(';', i) - i <= 10) {
                int end = s.indexOf(';', i) + 1;
                units.add(s.substring(i, end));
                i = end;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                units.add(s.substring(i, end));
                i = end;
            }
        }
        return units;
    }
}
