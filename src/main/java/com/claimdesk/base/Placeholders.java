package com.claimdesk.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of reply templates: {@code {buyer.name}}, {@code {order.number}} and the other names in
 * {@link #KNOWN}. Names are given without braces (as map keys, in lists); in a text they stand in braces.
 * <p>
 * A placeholder is a brace pair around dotted words ({@code {word.word}}); anything else in braces, such as
 * {@code { }} or JSON, is plain text. Letters of any case are recognised as a placeholder so that a typo like
 * {@code {Buyer.name}} is reported as unknown instead of going out to a buyer unreplaced. Texts are plain text:
 * nothing here escapes or interprets HTML, so whoever shows a text must show it as text.
 */
public final class Placeholders {

    /** The placeholders a template may use, in the order the editor lists them. */
    public static final Set<String> KNOWN = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(List.of(
            "buyer.name", "order.number", "order.date", "shipment.carrier", "shipment.trackingNumber",
            "shipment.promisedDeliveryOn", "customs.office", "coupon.value", "claim.amount", "case.number",
            "agent.name")));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)+)}");

    private Placeholders() {
    }

    /** A text with placeholders filled in where a value was given, and the known ones that are still open. */
    public record RenderResult(String text, List<String> missing) {
        public RenderResult {
            missing = List.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** One piece of a template body, for editors that show placeholders differently from the text around them. */
    public sealed interface Part {
        record Text(String text) implements Part {
        }

        record Placeholder(String name, boolean known) implements Part {
            public String token() {
                return Placeholders.token(name);
            }
        }
    }

    /** Placeholders that are not in {@link #KNOWN}, each once, in order of first appearance. */
    public static List<String> unknownIn(String body) {
        return names(body, false);
    }

    /** Known placeholders still present in a text: while there are any, the reply is not finished. */
    public static List<String> remainingIn(String text) {
        return names(text, true);
    }

    /**
     * Replaces each known placeholder that has a non-blank value. Known placeholders without one stay in the text
     * as {@code {name}} and are listed in {@link RenderResult#missing()}; unknown ones stay as they are. Values are
     * inserted literally and never scanned again, so a buyer's name cannot smuggle in another placeholder.
     */
    public static RenderResult render(String body, Map<String, String> values) {
        if (body == null || body.isEmpty()) {
            return new RenderResult("", List.of());
        }
        Map<String, String> given = values == null ? Map.of() : values;
        SequencedSet<String> missing = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        var out = new StringBuilder(body.length() + 64);
        while (m.find()) {
            String name = m.group(1);
            String value = KNOWN.contains(name) ? given.get(name) : null;
            if (value != null && !value.isBlank()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            } else {
                if (KNOWN.contains(name)) {
                    missing.add(name);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return new RenderResult(out.toString(), new ArrayList<>(missing));
    }

    /** The body cut into plain text and placeholders, in order; the parts joined give the body back unchanged. */
    public static List<Part> parse(String body) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        var parts = new ArrayList<Part>();
        Matcher m = PLACEHOLDER.matcher(body);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part.Text(body.substring(last, m.start())));
            }
            parts.add(new Part.Placeholder(m.group(1), KNOWN.contains(m.group(1))));
            last = m.end();
        }
        if (last < body.length()) {
            parts.add(new Part.Text(body.substring(last)));
        }
        return List.copyOf(parts);
    }

    /** A name as it is written in a text. */
    public static String token(String name) {
        return "{" + name + "}";
    }

    private static List<String> names(String text, boolean known) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        SequencedSet<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (KNOWN.contains(m.group(1)) == known) {
                found.add(m.group(1));
            }
        }
        return List.copyOf(found);
    }
}
