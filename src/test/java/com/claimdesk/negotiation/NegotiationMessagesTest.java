package com.claimdesk.negotiation;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label and every verdict of the negotiation can be said in English and Chinese. */
class NegotiationMessagesTest {

    private final MessagesI18NProvider messages = new MessagesI18NProvider();

    @Test
    void every_negotiation_enum_value_has_a_label_in_both_languages() {
        List<Enum<?>> values = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Proposer.class, Resolution.class, Answer.class, AuditAction.class)) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        for (Locale locale : messages.getProvidedLocales()) {
            for (Enum<?> e : values) {
                String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                assertThat(messages.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
            }
        }
    }

    @Test
    void verdicts_read_well_with_their_arguments() {
        assertThat(messages.getTranslation("negotiation.verdict.aboveBottomLine", Locale.ENGLISH, "USD 30.01",
                "USD 30.00")).isEqualTo("The offer (USD 30.01) is above the bottom line (USD 30.00).");
        assertThat(messages.getTranslation("negotiation.waitingTooLong", Locale.SIMPLIFIED_CHINESE, 30L))
                .isEqualTo("买家已等待我方答复 30 小时");
    }
}
