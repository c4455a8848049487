package com.claimdesk.template;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The form bean's rules, as both the editor and the server apply them. */
class TemplateDetailsTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static TemplateDetails valid() {
        return new TemplateDetails("Customs", "en", Set.of(), Set.of(), "Dear {buyer.name}, ...");
    }

    private static Set<String> messages(TemplateDetails details) {
        return validator.validate(details).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void a_language_is_kept_the_way_bcp_47_spells_it() {
        var d = valid();
        d.setLanguage(" ZH-cn ");
        assertThat(d.getLanguage()).isEqualTo("zh-CN");
        d.setLanguage("zh-hans");
        assertThat(d.getLanguage()).isEqualTo("zh-Hans");
        d.setLanguage("pt_BR");
        assertThat(d.getLanguage()).isEqualTo("pt-BR");
        d.setLanguage("es-419");
        assertThat(d.getLanguage()).isEqualTo("es-419");
        assertThat(validator.validate(d)).isEmpty();
    }

    @Test
    void something_that_is_not_a_language_tag_is_refused() {
        for (String bad : new String[]{"english", "e", "en-", "zh CN", "", "12"}) {
            var d = valid();
            d.setLanguage(bad);
            assertThat(validator.validate(d)).as(bad).extracting(v -> v.getPropertyPath().toString())
                    .contains("language");
        }
    }

    @Test
    void the_message_for_unknown_placeholders_names_each_of_them_once() {
        var d = valid();
        d.setBody("Dear {buyer.firstName}, tracking {tracking.url}, {order.number} and {buyer.firstName}");
        assertThat(messages(d)).singleElement().asString()
                .endsWith(" {buyer.firstName}, {tracking.url}")
                .doesNotContain("order.number");
    }

    @Test
    void a_body_name_and_language_are_required_and_limited_in_length() {
        var d = new TemplateDetails(" ", "en", Set.of(), Set.of(), "x".repeat(TemplateDetails.MAX_BODY_LENGTH + 1));
        assertThat(validator.validate(d)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "body");
        d.setBody("   ");
        assertThat(validator.validate(d)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "body");
    }

    @Test
    void the_body_keeps_its_line_breaks_and_indentation() {
        var d = valid();
        d.setBody("Dear {buyer.name},\n\n  1. one\n  2. two\n\n");
        assertThat(d.getBody()).isEqualTo("Dear {buyer.name},\n\n  1. one\n  2. two");
    }
}
