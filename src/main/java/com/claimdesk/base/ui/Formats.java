package com.claimdesk.base.ui;

import com.claimdesk.base.Money;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, numbers and money for the viewer: in the UI's locale and the browser's time zone (times are stored in
 * UTC). Money always shows its ISO code, since one queue mixes USD, EUR, GBP and CNY.
 */
public final class Formats {

    public static final String TIME_ZONE_ATTRIBUTE = "claimdesk.timeZone";

    private Formats() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    /** The browser's time zone, once the client reported it; UTC until then. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(TIME_ZONE_ATTRIBUTE) instanceof ZoneId zone) {
            return zone;
        }
        return ZoneId.of("UTC");
    }

    public static String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currencyCode(), money.currency().getDefaultFractionDigits());
    }

    public static String money(BigDecimal amount, String currencyCode, int fractionDigits) {
        if (amount == null) {
            return "";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale());
        nf.setMinimumFractionDigits(Math.max(fractionDigits, 0));
        nf.setMaximumFractionDigits(Math.max(fractionDigits, 0));
        return currencyCode + " " + nf.format(amount);
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    /** A short age such as "3 d" / "5 h" / "12 min", translated by the caller's keys. */
    public static String age(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, now);
        UI ui = UI.getCurrent();
        if (d.toDays() >= 1) {
            return ui.getTranslation("age.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return ui.getTranslation("age.hours", d.toHours());
        }
        return ui.getTranslation("age.minutes", Math.max(0, d.toMinutes()));
    }
}
