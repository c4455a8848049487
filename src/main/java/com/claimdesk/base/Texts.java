package com.claimdesk.base;

/** How the value objects store text: without surrounding blanks, and no text at all rather than a blank one. */
final class Texts {

    private Texts() {
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
