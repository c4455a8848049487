package com.claimdesk.dossier;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the font a dossier is written in. PDFBox's standard 14 fonts know no Chinese, so a CJK TrueType font is
 * embedded (as a subset: only the glyphs used, a few hundred KB at most): {@code claimdesk.dossier.font} when set,
 * else the first of the usual places that loads. Without one, a Latin font still writes an English dossier; Chinese
 * text is then refused with a message naming the setting ({@link DossierFont#printable}).
 */
@Component
class DossierFonts {

    private static final Logger log = LoggerFactory.getLogger(DossierFonts.class);

    /** Where Debian/Ubuntu, Fedora, Windows and macOS keep Chinese fonts with TrueType outlines, best first. */
    static final List<Path> USUAL_CJK = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf"),
            Path.of("C:/Windows/Fonts/msyh.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"));

    /** Latin fonts with more than WinAnsi's characters, tried before Helvetica when no CJK font is there. */
    static final List<Path> USUAL_LATIN = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("C:/Windows/Fonts/arial.ttf"),
            Path.of("/Library/Fonts/Arial.ttf"));

    private final @Nullable Path configured;
    private final List<Path> cjkCandidates;
    private final List<Path> latinCandidates;

    @org.springframework.beans.factory.annotation.Autowired
    DossierFonts(DossierProperties properties) {
        this(properties.font(), USUAL_CJK, USUAL_LATIN);
    }

    DossierFonts(@Nullable Path configured, List<Path> cjkCandidates, List<Path> latinCandidates) {
        this.configured = configured;
        this.cjkCandidates = List.copyOf(cjkCandidates);
        this.latinCandidates = List.copyOf(latinCandidates);
    }

    /** Loads the best font there is into {@code document}; the caller closes it after saving the document. */
    DossierFont load(PDDocument document) {
        List<Path> cjk = new ArrayList<>();
        if (configured != null) {
            cjk.add(configured);
        }
        cjk.addAll(cjkCandidates);
        for (Path path : cjk) {
            DossierFont font = tryLoad(document, path, true);
            if (font != null) {
                return font;
            }
        }
        if (configured != null) {
            log.warn("The dossier font {} ({}) could not be used; no Chinese dossier can be made",
                    configured, DossierProperties.FONT_SETTING);
        }
        for (Path path : latinCandidates) {
            DossierFont font = tryLoad(document, path, false);
            if (font != null) {
                return font;
            }
        }
        return new DossierFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), false, null);
    }

    private static @Nullable DossierFont tryLoad(PDDocument document, Path path, boolean cjk) {
        if (!Files.isReadable(path)) {
            return null;
        }
        TrueTypeCollection collection = null;
        TrueTypeFont font = null;
        try {
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                collection = new TrueTypeCollection(path.toFile());
                AtomicReference<@Nullable TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                font = first.get();
            } else {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            }
            if (font == null) {
                throw new IOException("no font in " + path);
            }
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                // CFF outlines: PDFBox embeds TrueType outlines only
                throw new IOException("PostScript (CFF) outlines are not supported");
            }
            if (cjk && font.getUnicodeCmapLookup().getGlyphId('中') == 0) {
                throw new IOException("no Chinese glyphs");
            }
            var pdFont = PDType0Font.load(document, font, true);
            log.debug("Dossier font {} from {}", pdFont.getName(), path);
            return new DossierFont(pdFont, cjk, collection != null ? collection : font);
        } catch (IOException | RuntimeException e) {
            log.warn("Font {} is not usable for the dossier: {}", path, e.toString());
            closeQuietly(collection != null ? collection : font);
            return null;
        }
    }

    private static void closeQuietly(java.io.@Nullable Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // nothing was drawn with it
            }
        }
    }
}
