package com.claimdesk.importer;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the mapped cells of one row into typed values, applies the file's defaults, and collects every problem of
 * the row (not only the first), each naming its field in the user's language.
 */
final class RowParser {

    private final ValueParser values;
    private final MessagesI18NProvider messages;
    private final Locale locale;
    private final ColumnMapping mapping;
    private final Map<ImportField, Integer> columnOf = new EnumMap<>(ImportField.class);

    RowParser(ValueParser values, MessagesI18NProvider messages, Locale locale, ColumnMapping mapping,
              List<String> headers) {
        this.values = values;
        this.messages = messages;
        this.locale = locale;
        this.mapping = mapping;
        mapping.columns().forEach((header, field) -> {
            int index = headers.indexOf(header);
            if (field != null && index >= 0) {
                columnOf.put(field, index);
            }
        });
    }

    /** Whether the row has nothing in any column (a spacer row Excel leaves behind): it is not counted. */
    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    ParsedRow parse(long rowNumber, List<String> cells) {
        Map<ImportField, Object> parsed = new EnumMap<>(ImportField.class);
        List<RowProblem> problems = new ArrayList<>();
        for (var entry : columnOf.entrySet()) {
            ImportField field = entry.getKey();
            int index = entry.getValue();
            String text = index < cells.size() ? cells.get(index) : null;
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                Object value = read(field, text.strip(), parsed);
                if (value != null) {
                    parsed.put(field, value);
                }
            } catch (ValueParser.Problem p) {
                problems.add(problem(field, p.messageKey, text.strip()));
            }
        }
        ImportDefaults d = mapping.defaults();
        if (!parsed.containsKey(ImportField.MARKETPLACE) && d.marketplace() != null) {
            parsed.put(ImportField.MARKETPLACE, d.marketplace());
        }
        if (!parsed.containsKey(ImportField.CURRENCY) && d.currency() != null) {
            parsed.put(ImportField.CURRENCY, d.currency());
        }
        if (mapping.kind() == ImportKind.COMPLAINTS && !parsed.containsKey(ImportField.SUB_REASON)
                && d.subReason() != null && (!parsed.containsKey(ImportField.CATEGORY)
                || parsed.get(ImportField.CATEGORY) == d.subReason().category())) {
            parsed.put(ImportField.SUB_REASON, d.subReason());
        }
        if (parsed.get(ImportField.SUB_REASON) instanceof SubReason s && !parsed.containsKey(ImportField.CATEGORY)) {
            parsed.put(ImportField.CATEGORY, s.category());
        }
        if (!parsed.containsKey(ImportField.ORDER_NUMBER) && problems.stream()
                .noneMatch(p -> p.field() == ImportField.ORDER_NUMBER)) {
            problems.add(problem(ImportField.ORDER_NUMBER, "field.required", ""));
        }
        if (!parsed.containsKey(ImportField.MARKETPLACE) && problems.stream()
                .noneMatch(p -> p.field() == ImportField.MARKETPLACE)) {
            problems.add(problem(ImportField.MARKETPLACE, "field.required", ""));
        }
        return new ParsedRow(rowNumber, parsed, problems);
    }

    private Object read(ImportField field, String text, Map<ImportField, Object> parsed) throws ValueParser.Problem {
        return switch (field) {
            case MARKETPLACE -> values.enumValue(Marketplace.class, text, "import.value.marketplace");
            case CATEGORY -> values.enumValue(Category.class, text, "import.value.category");
            case SUB_REASON -> values.enumValue(SubReason.class, text, "import.value.subReason");
            case PRIORITY -> values.enumValue(Priority.class, text, "import.value.priority");
            case BUYER_COUNTRY -> values.country(text);
            case CURRENCY -> values.currency(text);
            case ORDER_DATE, SHIPPED_ON, PROMISED_DELIVERY_ON, DELIVERED_ON -> values.date(text);
            case ORDER_VALUE, SHIPPING_COST, CLAIMED_AMOUNT -> {
                ValueParser.Amount amount = values.amount(text);
                // an amount that names its currency fills a missing currency column ("USD 12.50")
                amount.currency().ifPresent(c -> {
                    if (!columnOf.containsKey(ImportField.CURRENCY)) {
                        parsed.putIfAbsent(ImportField.CURRENCY, c);
                    }
                });
                yield amount.value();
            }
            case TAGS -> ValueParser.tags(text);
            case BUYER_LANGUAGE -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    private RowProblem problem(ImportField field, String key, String text) {
        return new RowProblem(field, label(field) + ": " + messages.getTranslation(key, locale, text));
    }

    String label(ImportField field) {
        return messages.getTranslation("enum.ImportField." + field.name(), locale);
    }
}
