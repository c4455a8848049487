package com.claimdesk.dossier;

import com.claimdesk.base.DomainException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The font a dossier is written in, and what it can show. Text goes through {@link #printable} before it is measured
 * or drawn: a character the font has no glyph for (an emoji in a buyer's message, a colleague's Chinese name without
 * a CJK font) becomes {@code ?} instead of failing the whole PDF. Whether the dossier may be made at all without a
 * CJK font is decided before (a Chinese dossier, Chinese in what was chosen: {@link #require}).
 */
final class DossierFont implements Closeable {

    static final char REPLACEMENT = '?';

    private final PDFont font;
    private final boolean cjk;
    private final @Nullable Closeable source;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    /**
     * @param cjk    whether the font has Chinese glyphs
     * @param source what the font was read from, kept open until the document is saved (the subset is made then)
     */
    DossierFont(PDFont font, boolean cjk, @Nullable Closeable source) {
        this.font = font;
        this.cjk = cjk;
        this.source = source;
    }

    PDFont pdFont() {
        return font;
    }

    boolean cjk() {
        return cjk;
    }

    /** {@code text} (one line, no line breaks) as this font can show it. */
    String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                // zero-width joiners, bidirectional overrides: nothing to show
                return;
            } else if (has(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /**
     * Refuses {@code texts} that hold Chinese, Japanese or Korean characters when this font has none: replacing
     * every one of them would make a dossier nobody can read. The message names the setting to set.
     */
    void require(boolean chinese, java.util.Collection<String> texts) {
        if (cjk) {
            return;
        }
        if (chinese || texts.stream().anyMatch(t -> t.codePoints().anyMatch(DossierFont::isCjk))) {
            throw new DomainException("dossier.error.noCjkFont", "No CJK font; set " + DossierProperties.FONT_SETTING,
                    DossierProperties.FONT_SETTING);
        }
    }

    /** The width of printable {@code text} at {@code size} points. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean has(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    @Override
    public void close() throws IOException {
        if (source != null) {
            source.close();
        }
    }
}
