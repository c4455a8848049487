package com.claimdesk.base;

/**
 * Text that goes into a CSV file which people open in Excel, WPS or LibreOffice. A cell that starts with
 * {@code = + - @} (or a tab or carriage return, which some spreadsheets skip before looking) is run as a formula
 * there, so a buyer's name or an imported order number like {@code =HYPERLINK("http://evil.example")} would become
 * a live link or worse on a colleague's machine. Such text gets a leading apostrophe, which spreadsheets show as
 * text and which a person reading the file still recognises (OWASP "CSV injection"). Numbers are written as numbers
 * by the callers and never pass through here, so a negative amount stays a number.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
