package com.claimdesk.base.ui;

import com.vaadin.flow.component.UI;

import java.util.Locale;

/** Translated names for enums ({@code enum.<Type>.<NAME>}), countries and languages. */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return UI.getCurrent().getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A country's name in the viewer's language, from its ISO 3166 code. */
    public static String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        return Locale.of("", isoCode).getDisplayCountry(Formats.locale());
    }

    public static String language(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "";
        }
        return Locale.forLanguageTag(languageTag).getDisplayName(Formats.locale());
    }
}
