package com.claimdesk.evidence;

import java.text.NumberFormat;
import java.util.Locale;

/** Byte counts for people: "25 MB", "740 KB", "1.5 MB" (binary units, as Spring's DataSize counts them). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSizes() {
    }

    public static String format(long bytes, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(1);
        if (bytes >= MB) {
            return nf.format(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return nf.format(bytes / (double) KB) + " KB";
        }
        return bytes + " B";
    }
}
