package com.claimdesk.dossier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes flowing text onto A4 pages with PDFBox, which draws only what it is told where: lines are wrapped to the
 * width (between words, and between any two Chinese characters), a new page starts when the next line or picture
 * does not fit, and {@link #finish} puts the page numbers on once the count is known.
 */
final class PdfLayout implements Closeable {

    static final float MARGIN = 50;
    private static final float FOOTER = 28;
    private static final float LABEL_WIDTH = 150;
    private static final float BODY = 10;
    private static final float LEADING = 1.4f;
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(0x55, 0x5E, 0x6B);
    private static final Color ACCENT = new Color(0x1A, 0x39, 0x60);

    private final PDDocument document = new PDDocument();
    private final DossierFont font;
    private final PDRectangle size = PDRectangle.A4;
    private @Nullable PDPageContentStream out;
    private float y;

    PdfLayout(DossierFonts fonts) {
        this.font = fonts.load(document);
    }

    DossierFont font() {
        return font;
    }

    private float textWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        lines(text, 18, MARGIN, textWidth(), ACCENT);
        y -= 4;
    }

    void heading(String text) {
        y -= 12;
        float lineHeight = 14 * LEADING;
        // a heading never ends a page: it needs its first lines below it
        ensure(lineHeight + 3 * BODY * LEADING);
        lines(text, 14, MARGIN, textWidth(), ACCENT);
        draw(o -> {
            o.setStrokingColor(ACCENT);
            o.setLineWidth(0.6f);
            o.moveTo(MARGIN, y + 2);
            o.lineTo(size.getWidth() - MARGIN, y + 2);
            o.stroke();
        });
        y -= 6;
    }

    /** A label and its value side by side; either wraps within its column. */
    void field(String label, String value) {
        List<String> labels = wrap(label, BODY - 0.5f, LABEL_WIDTH - 8);
        List<String> values = wrap(value, BODY, textWidth() - LABEL_WIDTH);
        float lineHeight = BODY * LEADING;
        for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
            ensure(lineHeight);
            y -= lineHeight;
            if (i < labels.size()) {
                show(labels.get(i), MARGIN, BODY - 0.5f, MUTED);
            }
            if (i < values.size()) {
                show(values.get(i), MARGIN + LABEL_WIDTH, BODY, TEXT);
            }
        }
    }

    /** A small line in grey, e.g. who wrote a message and when. */
    void note(String text, float indent) {
        lines(text, BODY - 1, MARGIN + indent, textWidth() - indent, MUTED);
    }

    void paragraph(String text, float indent) {
        lines(text, BODY, MARGIN + indent, textWidth() - indent, TEXT);
    }

    void space(float points) {
        y -= points;
    }

    /** Starts the next item on a new page unless {@code points} fit on this one. */
    void keepTogether(float points) {
        ensure(points);
    }

    /** A picture scaled to fit the width and {@code maxHeight}, never enlarged. */
    void image(byte[] bytes, String name, float maxHeight) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, name);
            float scale = Math.min(1f, Math.min(textWidth() / image.getWidth(), maxHeight / image.getHeight()));
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            ensure(height + 4);
            y -= height;
            float left = MARGIN;
            draw(o -> o.drawImage(image, left, y, width, height));
            y -= 4;
        } catch (IOException e) {
            throw new UncheckedIOException("Image " + name + " could not be placed", e);
        }
    }

    /**
     * Puts {@code footer} and the page number ({@code pageText} of page and count) on every page and returns the
     * PDF's bytes.
     */
    byte[] finish(String title, String footer, PageText pageText) {
        close(out);
        out = null;
        int count = document.getNumberOfPages();
        String left = font.printable(footer);
        try {
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                String right = font.printable(pageText.of(i + 1, count));
                try (var footerStream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    showAt(footerStream, left, MARGIN, MARGIN - FOOTER + 8, BODY - 2, MUTED);
                    showAt(footerStream, right, size.getWidth() - MARGIN - font.width(right, BODY - 2),
                            MARGIN - FOOTER + 8, BODY - 2, MUTED);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("ClaimDesk");
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Saving the dossier failed", e);
        }
    }

    @FunctionalInterface
    interface PageText {
        String of(int page, int count);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    private void lines(String text, float fontSize, float x, float width, Color color) {
        float lineHeight = fontSize * LEADING;
        for (String line : wrap(text, fontSize, width)) {
            ensure(lineHeight);
            y -= lineHeight;
            show(line, x, fontSize, color);
        }
    }

    private void show(String printable, float x, float fontSize, Color color) {
        if (printable.isBlank()) {
            return;
        }
        float baseline = y + fontSize * (LEADING - 1);
        draw(o -> showAt(o, printable, x, baseline, fontSize, color));
    }

    private void showAt(PDPageContentStream o, String printable, float x, float baseline, float fontSize, Color color)
            throws IOException {
        o.beginText();
        o.setFont(font.pdFont(), fontSize);
        o.setNonStrokingColor(color);
        o.newLineAtOffset(x, baseline);
        o.showText(printable);
        o.endText();
    }

    /**
     * {@code text} broken into printable lines no wider than {@code width}: at line breaks of the text, between
     * words, before any CJK character, and inside a word only when the word alone is wider than the line.
     */
    List<String> wrap(String text, float fontSize, float width) {
        List<String> result = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String printable = font.printable(paragraph).stripTrailing();
            String line = "";
            for (String token : tokens(printable)) {
                String candidate = line + token;
                if (font.width(candidate, fontSize) <= width) {
                    line = candidate;
                    continue;
                }
                if (!line.isBlank()) {
                    result.add(line);
                }
                String rest = token.stripLeading();
                while (font.width(rest, fontSize) > width && rest.length() > 1) {
                    int cut = longestFitting(rest, fontSize, width);
                    result.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line = rest;
            }
            result.add(line);
        }
        return result;
    }

    private int longestFitting(String text, float fontSize, float width) {
        int cut = text.offsetByCodePoints(0, 1);
        while (cut < text.length()) {
            int next = text.offsetByCodePoints(cut, 1);
            if (font.width(text.substring(0, next), fontSize) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /** Words with the blanks before them; each CJK character is a word of its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var current = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = cp == ' ';
            if (DossierFont.isCjk(cp)) {
                current.appendCodePoint(cp);
                tokens.add(current.toString());
                current.setLength(0);
                inWord = false;
            } else if (blank && inWord) {
                tokens.add(current.toString());
                current.setLength(0);
                current.append(' ');
                inWord = false;
            } else {
                current.appendCodePoint(cp);
                inWord = inWord || !blank;
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private void ensure(float height) {
        if (out == null || y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() {
        close(out);
        PDPage page = new PDPage(size);
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - MARGIN;
    }

    private void draw(Drawing drawing) {
        if (out == null) {
            newPage();
        }
        try {
            drawing.on(java.util.Objects.requireNonNull(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void on(PDPageContentStream out) throws IOException;
    }

    private static void close(@Nullable PDPageContentStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
            document.close();
        } finally {
            font.close();
        }
    }
}
