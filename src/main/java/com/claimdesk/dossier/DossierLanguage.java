package com.claimdesk.dossier;

import java.util.Locale;

/** The language of the dossier's own headings and labels; the buyer's and our messages stay as they were written. */
public enum DossierLanguage {
    ENGLISH(Locale.ENGLISH, "en"), CHINESE(Locale.SIMPLIFIED_CHINESE, "zh");

    private final Locale locale;
    private final String code;

    DossierLanguage(Locale locale, String code) {
        this.locale = locale;
        this.code = code;
    }

    public Locale locale() {
        return locale;
    }

    /** The short code in the file name ({@code dossier-CD-2026-000123-zh-2026-12-03.pdf}). */
    public String code() {
        return code;
    }
}
