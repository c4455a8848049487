package com.claimdesk.importer;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cell's text into a field's value, the way exports write them: enum values by name or by their English or
 * Chinese label (and the platforms' usual names), countries by code or name, amounts with thousands separators or
 * a currency, dates year first in the usual spellings. A value it cannot read is a {@link Problem}, never a guess:
 * "03/04/2025" could be March or April, so day-first and month-first dates are refused with a hint.
 */
final class ValueParser {

    /** Why a cell was not read; the message key takes the cell's text as {0}. */
    static final class Problem extends Exception {
        final String messageKey;

        Problem(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    private static final Map<String, Marketplace> MARKETPLACE_NAMES = Map.ofEntries(
            Map.entry("aliexpress", Marketplace.ALIEXPRESS), Map.entry("速卖通", Marketplace.ALIEXPRESS),
            Map.entry("全球速卖通", Marketplace.ALIEXPRESS), Map.entry("amazon", Marketplace.AMAZON),
            Map.entry("亚马逊", Marketplace.AMAZON), Map.entry("alibaba", Marketplace.ALIBABA_TRADE_ASSURANCE),
            Map.entry("alibabacom", Marketplace.ALIBABA_TRADE_ASSURANCE),
            Map.entry("tradeassurance", Marketplace.ALIBABA_TRADE_ASSURANCE),
            Map.entry("阿里巴巴", Marketplace.ALIBABA_TRADE_ASSURANCE),
            Map.entry("阿里巴巴国际站", Marketplace.ALIBABA_TRADE_ASSURANCE),
            Map.entry("信保", Marketplace.ALIBABA_TRADE_ASSURANCE), Map.entry("shop", Marketplace.OWN_SHOP),
            Map.entry("shopify", Marketplace.OWN_SHOP), Map.entry("独立站", Marketplace.OWN_SHOP),
            Map.entry("官网", Marketplace.OWN_SHOP), Map.entry("b2b", Marketplace.DIRECT_B2B),
            Map.entry("direct", Marketplace.DIRECT_B2B), Map.entry("线下", Marketplace.DIRECT_B2B),
            Map.entry("其他", Marketplace.OTHER));

    private static final Map<String, String> CURRENCY_NAMES = Map.of("rmb", "CNY", "人民币", "CNY", "美元", "USD",
            "欧元", "EUR", "英镑", "GBP", "日元", "JPY", "us$", "USD", "$", "USD", "€", "EUR", "£", "GBP");

    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("uuuu-M-d"), pattern("uuuu/M/d"), pattern("uuuu.M.d"), pattern("uuuuMMdd"),
            pattern("uuuu年M月d日"), english("d-MMM-uuuu"), english("d MMM uuuu"), english("MMM d, uuuu"),
            english("MMMM d, uuuu"), english("d MMMM uuuu"));
    private static final Pattern DATE_AND_TIME = Pattern.compile("^(.+?)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT))?)$");
    private static final Pattern DAY_OR_MONTH_FIRST = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}$");
    private static final Pattern AMOUNT = Pattern.compile("^([^\\d-]*)(-?[\\d.,' ]+)([^\\d]*)$");

    private final Map<Class<?>, Map<String, Enum<?>>> enumLabels = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();

    ValueParser(MessagesI18NProvider messages) {
        for (Class<? extends Enum<?>> type : List.of(Marketplace.class, Category.class, SubReason.class,
                Priority.class)) {
            Map<String, Enum<?>> byLabel = new HashMap<>();
            for (Enum<?> value : type.getEnumConstants()) {
                byLabel.put(ImportField.normalize(value.name()), value);
                for (Locale locale : messages.getProvidedLocales()) {
                    String label = messages.getTranslation("enum." + type.getSimpleName() + "." + value.name(), locale);
                    byLabel.putIfAbsent(ImportField.normalize(label), value);
                }
            }
            enumLabels.put(type, byLabel);
        }
        MARKETPLACE_NAMES.forEach((k, v) -> enumLabels.get(Marketplace.class).putIfAbsent(ImportField.normalize(k), v));
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            countries.put(code.toLowerCase(Locale.ROOT), code);
            countries.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            countries.put(ImportField.normalize(country.getDisplayCountry(Locale.ENGLISH)), code);
            countries.put(ImportField.normalize(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
        }
        countries.put("uk", "GB");
        countries.put("usa", "US");
        countries.put("unitedstatesofamerica", "US");
        countries.put("美国", "US");
        countries.put("英国", "GB");
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().appendPattern(p).toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter english(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String text, String problemKey) throws Problem {
        Enum<?> value = enumLabels.get(type).get(ImportField.normalize(text));
        if (value == null) {
            throw new Problem(problemKey);
        }
        return type.cast(value);
    }

    String country(String text) throws Problem {
        String code = countries.get(ImportField.normalize(text));
        if (code == null) {
            throw new Problem("import.value.country");
        }
        return code;
    }

    String currency(String text) throws Problem {
        String t = text.strip();
        String named = CURRENCY_NAMES.get(t.toLowerCase(Locale.ROOT));
        String code = named != null ? named : t.toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw new Problem("import.value.currency");
        }
    }

    /** An amount and, when the cell names one ("USD 12.50", "12,50 €"), its currency. */
    record Amount(BigDecimal value, Optional<String> currency) {
    }

    Amount amount(String text) throws Problem {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) {
            throw new Problem("import.value.amount");
        }
        String marker = (m.group(1) + m.group(3)).strip();
        Optional<String> currency = Optional.empty();
        if (!marker.isEmpty()) {
            try {
                currency = Optional.of(currency(marker));
            } catch (Problem p) {
                throw new Problem("import.value.amount");
            }
        }
        String number = m.group(2).replace(" ", "").replace("'", "");
        int lastDot = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            // the later one separates the decimals: 1,234.50 or 1.234,50
            number = lastDot > lastComma ? number.replace(",", "")
                    : number.replace(".", "").replace(',', '.');
        } else if (lastComma >= 0) {
            boolean decimalComma = number.indexOf(',') == lastComma && number.length() - lastComma - 1 <= 2;
            number = decimalComma ? number.replace(',', '.') : number.replace(",", "");
        }
        try {
            return new Amount(new BigDecimal(number), currency);
        } catch (NumberFormatException e) {
            throw new Problem("import.value.amount");
        }
    }

    LocalDate date(String text) throws Problem {
        String t = text.strip();
        Matcher withTime = DATE_AND_TIME.matcher(t);
        if (withTime.matches()) {
            t = withTime.group(1).strip();
        }
        if (DAY_OR_MONTH_FIRST.matcher(t).matches()) {
            throw new Problem("import.value.dateAmbiguous");
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeException ignored) {
                // next spelling
            }
        }
        throw new Problem("import.value.date");
    }

    static Set<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(text.split("[,;|、，；]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(tags::add);
        return tags;
    }
}
