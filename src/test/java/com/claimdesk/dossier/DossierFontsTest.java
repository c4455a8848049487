package com.claimdesk.dossier;

import com.claimdesk.base.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The dossier's fonts: a CJK font where there is one, a Latin one otherwise, and characters a font lacks replaced. */
class DossierFontsTest {

    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void without_a_cjk_font_english_is_written_and_chinese_is_refused_naming_the_setting() throws IOException {
        var fonts = new DossierFonts(Path.of("/no/such/font.ttc"), List.of(), DossierFonts.USUAL_LATIN);
        try (var pdf = new PdfLayout(fonts)) {
            assertThat(pdf.font().cjk()).isFalse();
            assertThatThrownBy(() -> pdf.font().require(false, List.of("Parcel", "包裹已签收")))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> {
                        assertThat(((DomainException) e).messageKey()).isEqualTo("dossier.error.noCjkFont");
                        assertThat(((DomainException) e).arguments()).containsExactly("claimdesk.dossier.font");
                    });
            assertThatThrownBy(() -> pdf.font().require(true, List.of("only English here")))
                    .isInstanceOf(DomainException.class);
            pdf.font().require(false, List.of("only English here"));

            // a colleague's Chinese name outside the chosen texts does not stop an English dossier
            pdf.paragraph("Prepared by Li Wei 李伟, parcel signed for 🙏", 0);
            String text = text(pdf.finish("t", "footer", (page, count) -> "Page " + page + " of " + count));
            assertThat(text).contains("Prepared by Li Wei ??, parcel signed for ?", "Page 1 of 1");
        }
    }

    @Test
    void with_no_font_file_at_all_helvetica_writes_what_it_can() throws IOException {
        var fonts = new DossierFonts(null, List.of(), List.of());
        try (var pdf = new PdfLayout(fonts)) {
            assertThat(pdf.font().pdFont().getName()).isEqualTo("Helvetica");
            pdf.paragraph("Łódź café – “quoted”", 0);
            String text = text(pdf.finish("t", "footer", (page, count) -> "Page " + page));
            assertThat(text).contains("?ód? café – “quoted”");
        }
    }

    @Test
    void a_cjk_font_is_embedded_as_a_subset_and_chinese_wraps_between_characters() throws IOException {
        assumeTrue(Files.isReadable(WQY), "needs fonts-wqy-zenhei");
        var fonts = new DossierFonts(WQY, List.of(), List.of());
        try (var pdf = new PdfLayout(fonts)) {
            assertThat(pdf.font().cjk()).isTrue();
            String chinese = "买家称包裹未收到，但物流记录显示已签收。".repeat(8);
            assertThat(pdf.wrap(chinese, 10, 300)).hasSizeGreaterThan(3)
                    .allSatisfy(line -> assertThat(pdf.font().width(line, 10)).isLessThanOrEqualTo(300));
            pdf.paragraph(chinese, 0);
            byte[] bytes = pdf.finish("t", "footer", (page, count) -> "第 " + page + " 页");
            assertThat(text(bytes).replaceAll("\\s+", "")).contains(chinese, "第1页");
            // the subset: far below the 11 MB collection
            assertThat(bytes.length).isLessThan(200_000);
        }
    }

    @Test
    void a_word_wider_than_the_line_is_cut_and_nothing_is_lost() {
        var fonts = new DossierFonts(null, List.of(), List.of());
        try (var pdf = new PdfLayout(fonts)) {
            String tracking = "JD" + "0123456789".repeat(12);
            List<String> lines = pdf.wrap("Tracking " + tracking + " end", 10, 200);
            assertThat(lines).hasSizeGreaterThan(2);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(("Tracking" + tracking + "end"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
