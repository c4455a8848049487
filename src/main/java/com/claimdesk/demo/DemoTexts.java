package com.claimdesk.demo;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.Role;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The made-up texts of the demo data (users, buyers, products, the agents' notes, the first messages, how cases
 * ended), read once from the YAML files in {@code src/main/resources/demo/}. They are data, not user interface: the
 * demo is in English with Chinese names, whatever language the viewer picks. A missing text fails the load with
 * its file and key; {@link #unread()} names the texts in the files that nothing reads.
 */
final class DemoTexts {

    static final String FOLDER = "demo/";
    static final List<String> FILES = List.of("users", "buyers", "products", "case-facts", "case-notes",
            "conversations", "outcomes");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    record User(String username, String displayName, Role role) {
        String email() {
            return username + "@demo.claimdesk.example";
        }
    }

    /** A buyer's country; a name prefixed "fr:" (and so on) writes in that language rather than the country's. */
    record Country(String code, String name, String language, String currency, int weight, List<String> customs,
                   List<String> names) {
    }

    /** {@code powered}: it has a battery or a plug, so "will not switch on" makes sense for it. */
    record Product(String one, String many, boolean powered) {
        String of(int qty) {
            return qty == 1 ? one : many;
        }

        /** A seller-style item code from the product's name: "ceramic mug set" becomes CER-MUG-SET. */
        String sku() {
            return Arrays.stream(one.replace("pair of ", "").replace("'", "").split("[ -]+"))
                    .limit(3).map(w -> w.length() <= 3 ? w : w.substring(0, 3))
                    .map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.joining("-"));
        }
    }

    private static final class Holder {
        static final DemoTexts TEXTS = new DemoTexts();
    }

    static DemoTexts get() {
        return Holder.TEXTS;
    }

    final List<User> users;
    final List<Country> countries;
    final List<Product> retailProducts;
    final List<Product> bulkProducts;
    final List<String> emailDomains;
    final List<String> signerLabels;
    final List<String> lastScans;
    final List<String> accessories;
    final List<String> specs;
    final List<String> feedbackReasons;
    final Map<Marketplace, String> platformOn;
    final Map<SubReason, List<String>> notes;
    final Map<Category, String> openers;
    final String firstAnswer;
    final Map<RootCause, String> preventionNotes;
    final String refundReason;
    final String escalatedReview;
    private final Set<String> unread = new TreeSet<>();

    private DemoTexts() {
        Source users = new Source("users");
        this.users = users.list("users", i -> new User(users.text("users", i, "username"),
                users.text("users", i, "name"), Role.valueOf(users.text("users", i, "role"))));

        Source buyers = new Source("buyers");
        countries = buyers.list("countries", i -> new Country(buyers.text("countries", i, "code"),
                buyers.text("countries", i, "name"), buyers.text("countries", i, "language"),
                buyers.text("countries", i, "currency"), buyers.number("countries", i, "weight"),
                buyers.texts("countries", i, "customs"), buyers.texts("countries", i, "buyers")));

        Source products = new Source("products");
        retailProducts = products(products, "retail");
        bulkProducts = products(products, "bulk");

        Source facts = new Source("case-facts");
        emailDomains = facts.texts("email-domains");
        signerLabels = facts.texts("signer-labels");
        lastScans = facts.texts("last-scans");
        accessories = facts.texts("accessories");
        specs = facts.texts("specs");
        feedbackReasons = facts.texts("feedback-reasons");
        platformOn = facts.perConstant(Marketplace.class, m -> facts.text("platform-on", m.name()));

        Source caseNotes = new Source("case-notes");
        notes = caseNotes.perConstant(SubReason.class, r -> caseNotes.texts("notes", r.name()));

        Source conversations = new Source("conversations");
        openers = conversations.perConstant(Category.class, c -> conversations.text("openers", c.name()));
        firstAnswer = conversations.text("first-answer");

        Source outcomes = new Source("outcomes");
        Map<RootCause, String> prevention = new EnumMap<>(RootCause.class);
        for (RootCause cause : RootCause.values()) {
            String note = outcomes.optionalText("prevention-notes", cause.name());
            if (note != null) {
                prevention.put(cause, note);
            }
        }
        preventionNotes = Collections.unmodifiableMap(prevention);
        refundReason = outcomes.text("refund-reason");
        escalatedReview = outcomes.text("escalated-review");

        for (Source s : List.of(users, buyers, products, facts, caseNotes, conversations, outcomes)) {
            s.unread.forEach(path -> unread.add(s.name + ".yaml: " + path));
        }
    }

    private static List<Product> products(Source s, String key) {
        return s.list(key, i -> new Product(s.text(key, i, "one"), s.text(key, i, "many"), s.flag(key, i, "powered")));
    }

    /** Texts in the files that no code reads: a misspelt key, or a text left over. */
    Set<String> unread() {
        return Collections.unmodifiableSet(unread);
    }

    /** The template with each {placeholder} replaced by its value; a placeholder without a value is a bug. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + m.group(1) + "} in demo text: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One YAML file, and which of its entries have not been read yet. */
    private static final class Source {

        private final String name;
        private final Object root;
        private final Set<String> unread = new TreeSet<>();

        Source(String name) {
            this.name = name;
            String resource = FOLDER + name + ".yaml";
            try (InputStream in = DemoTexts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Demo texts missing: " + resource);
                }
                root = new Yaml(new SafeConstructor(new LoaderOptions()))
                        .load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            collect("", root);
        }

        /** Every leaf: a text, a number, or a list of texts (read as a whole). */
        private void collect(String path, Object node) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((k, v) -> collect(path.isEmpty() ? String.valueOf(k) : path + "." + k, v));
            } else if (node instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map) {
                for (int i = 0; i < list.size(); i++) {
                    collect(path + "[" + i + "]", list.get(i));
                }
            } else {
                unread.add(path);
            }
        }

        private static String path(Object... keys) {
            StringBuilder p = new StringBuilder();
            for (Object k : keys) {
                if (k instanceof Integer i) {
                    p.append('[').append(i).append(']');
                } else {
                    p.append(p.isEmpty() ? "" : ".").append(k);
                }
            }
            return p.toString();
        }

        private Object find(Object... keys) {
            Object node = peek(keys);
            if (node != null) {
                String read = path(keys);
                unread.removeIf(p -> p.equals(read) || p.startsWith(read + ".") || p.startsWith(read + "["));
            }
            return node;
        }

        /** The entry at the keys without counting it as read (a list's length is no text). */
        private Object peek(Object... keys) {
            Object node = root;
            for (Object k : keys) {
                if (k instanceof Integer i && node instanceof List<?> list && i < list.size()) {
                    node = list.get(i);
                } else if (node instanceof Map<?, ?> map) {
                    node = map.get(k);
                } else {
                    node = null;
                }
                if (node == null) {
                    return null;
                }
            }
            return node;
        }

        private Object get(Object... keys) {
            Object node = find(keys);
            if (node == null) {
                throw new IllegalStateException("Demo texts: " + name + ".yaml has no " + path(keys));
            }
            return node;
        }

        private <T> T as(Class<T> type, Object node, Object... keys) {
            if (!type.isInstance(node)) {
                throw new IllegalStateException("Demo texts: " + name + ".yaml, " + path(keys) + " is not a "
                        + type.getSimpleName().toLowerCase(Locale.ROOT) + ": " + node);
            }
            return type.cast(node);
        }

        String text(Object... keys) {
            String text = as(String.class, get(keys), keys);
            if (text.isBlank()) {
                throw new IllegalStateException("Demo texts: " + name + ".yaml, " + path(keys) + " is blank");
            }
            return text;
        }

        String optionalText(Object... keys) {
            return find(keys) == null ? null : text(keys);
        }

        int number(Object... keys) {
            return as(Integer.class, get(keys), keys);
        }

        boolean flag(Object... keys) {
            return as(Boolean.class, get(keys), keys);
        }

        List<String> texts(Object... keys) {
            List<?> list = as(List.class, get(keys), keys);
            if (list.isEmpty()) {
                throw new IllegalStateException("Demo texts: " + name + ".yaml, " + path(keys) + " is empty");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(as(String.class, list.get(i), keys));
            }
            return List.copyOf(out);
        }

        <T> List<T> list(String key, java.util.function.IntFunction<T> entry) {
            Object node = peek(key);
            if (node == null) {
                throw new IllegalStateException("Demo texts: " + name + ".yaml has no " + key);
            }
            int size = as(List.class, node, key).size();
            List<T> out = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                out.add(entry.apply(i));
            }
            return List.copyOf(out);
        }

        <E extends Enum<E>, T> Map<E, T> perConstant(Class<E> type, java.util.function.Function<E, T> entry) {
            Map<E, T> out = new EnumMap<>(type);
            for (E constant : type.getEnumConstants()) {
                out.put(constant, entry.apply(constant));
            }
            return Collections.unmodifiableMap(out);
        }
    }
}
