package com.claimdesk.evidence;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every source and every reason for a refusal can be said in English and Chinese. */
class EvidenceMessagesTest {

    private final MessagesI18NProvider messages = new MessagesI18NProvider();

    @Test
    void every_source_and_every_refusal_has_a_text_in_both_languages() {
        for (Locale locale : messages.getProvidedLocales()) {
            for (EvidenceSource source : EvidenceSource.values()) {
                String key = "enum.EvidenceSource." + source.name();
                assertThat(messages.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
            }
            for (EvidenceRejectedException.Reason reason : EvidenceRejectedException.Reason.values()) {
                String text = messages.getTranslation(reason.messageKey(), locale, "photo.jpg", "x", 3, 50L);
                assertThat(text).as(reason + " in " + locale).doesNotStartWith("!").startsWith("photo.jpg");
            }
        }
    }

    @Test
    void a_pixel_refusal_reads_well_with_its_numbers() {
        assertThat(messages.getTranslation("evidence.error.pixels", Locale.ENGLISH, "bomb.png", 100_000, 100_000, 50L))
                .isEqualTo("bomb.png: the image has too many pixels (100,000 × 100,000); at most 50 megapixels are"
                        + " accepted.");
        assertThat(messages.getTranslation("evidence.error.tooLarge", Locale.SIMPLIFIED_CHINESE, "视频.mp4", "25 MB"))
                .isEqualTo("视频.mp4：文件超过 25 MB。");
    }
}
