package com.claimdesk.template;

import com.claimdesk.base.Placeholders;
import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TemplateServiceTest {

    static final String CUSTOMS = "Customs hold notice · 海关扣关通知";
    static final String THANKS = "Thanks for positive feedback, with a coupon · 感谢好评（附优惠券）";
    /** The eight situations of the starter set and the case each one is written for. */
    static final Map<String, String> STARTER_SET = Map.of(
            CUSTOMS, "CUSTOMS_INSPECTION",
            "Damage apology with a replacement offer · 货损致歉（免费补发）", "DAMAGED_IN_TRANSIT",
            "Not received, still within normal transit time · 未收到货（仍在正常时效内）", "IN_TRANSIT_WITHIN_NORMAL_TIME",
            "Please wait two more days, then we reship · 请再等两天，未到即补发", "IN_TRANSIT_OVERDUE",
            "Signer check · 签收人核实", "SIGNED_BY_SOMEONE_ELSE",
            "Quality claim, first answer: photos or video · 质量问题首次回复（请提供照片或视频）", "QUALITY",
            "Negative feedback: ask for the reasons · 差评跟进（了解原因）", "NEGATIVE_FEEDBACK",
            THANKS, "");

    @Autowired
    TemplateService service;
    @Autowired
    UserService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
        LocaleContextHolder.resetLocaleContext();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static TemplateDetails details(String name, String language, Set<Category> categories,
                                           Set<SubReason> subReasons) {
        return new TemplateDetails(name, language, categories, subReasons, "Dear {buyer.name}, about {order.number}.");
    }

    @Test
    void a_lead_creates_edits_and_deletes_a_template() {
        TestUsers.login(users, "lead");
        String name = unique("Wrong colour");
        var created = service.create(details(name, "EN", EnumSet.of(Category.WRONG_ITEM), Set.of()));

        assertThat(created.language()).isEqualTo("en");
        assertThat(created.categories()).containsExactly(Category.WRONG_ITEM);
        assertThat(created.updatedByName()).isEqualTo("Liu Yang 刘洋");
        assertThat(service.list()).extracting(TemplateListItem::name).contains(name);

        var changed = created.toDetails();
        changed.setCategories(Set.of());
        changed.setSubReasons(EnumSet.of(SubReason.WRONG_VARIANT, SubReason.WRONG_MODEL));
        changed.setBody("Dear {buyer.name},\n\nwe are sorry about the colour. {agent.name}");
        var updated = service.update(created.id(), created.version(), changed);

        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(service.get(created.id())).satisfies(t -> {
            assertThat(t.categories()).isEmpty();
            assertThat(t.subReasons()).containsExactlyInAnyOrder(SubReason.WRONG_VARIANT, SubReason.WRONG_MODEL);
            assertThat(t.body()).isEqualTo("Dear {buyer.name},\n\nwe are sorry about the colour. {agent.name}");
        });

        service.delete(created.id());
        assertThat(service.list()).extracting(TemplateListItem::id).doesNotContain(created.id());
        assertThatThrownBy(() -> service.get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void agents_use_templates_but_cannot_list_create_change_or_delete_them() {
        TestUsers.login(users, "lead");
        var existing = service.create(details(unique("Lead only"), "en", Set.of(), Set.of()));

        TestUsers.login(users, "agent");
        assertThat(service.suggestionsFor(Category.QUALITY, SubReason.DAMAGED_IN_TRANSIT, "en")).isNotEmpty();
        var attempt = details(unique("Agent"), "en", Set.of(), Set.of());
        assertThatThrownBy(() -> service.create(attempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(existing.id(), existing.version(), attempt))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(existing.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(users, "manager");
        assertThatThrownBy(() -> service.delete(existing.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "lead");
        assertThat(service.get(existing.id()).body()).isEqualTo(existing.body());
    }

    @Test
    void the_server_refuses_unknown_placeholders_and_names_them_even_when_the_form_is_bypassed() {
        TestUsers.login(users, "lead");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String name = unique("Typo");
        var bad = details(name, "en", Set.of(), Set.of());
        bad.setBody("Dear {buyer.name}, your parcel {shipment.trackingNo} is at {customs.ofice}.");

        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(ConstraintViolation::getMessage)
                        .containsExactly("These placeholders are unknown (check the spelling against the list below "
                                + "the text): {shipment.trackingNo}, {customs.ofice}"));
        assertThat(service.list()).extracting(TemplateListItem::name).doesNotContain(name);

        var good = service.create(details(name, "en", Set.of(), Set.of()));
        assertThatThrownBy(() -> service.update(good.id(), good.version(), bad))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(service.get(good.id()).body()).doesNotContain("trackingNo");
    }

    @Test
    void the_servers_message_comes_in_the_users_language() {
        TestUsers.login(users, "lead");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        var bad = details(unique("Typo zh"), "zh", Set.of(), Set.of());
        bad.setBody("{buyer.nmae} 您好");
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(ConstraintViolation::getMessage)
                        .containsExactly("以下占位符无法识别（请对照正文下方的列表检查拼写）： {buyer.nmae}"));
    }

    @Test
    void a_name_is_unique_per_language_regardless_of_case() {
        TestUsers.login(users, "lead");
        String name = unique("Short shipment");
        service.create(details(name, "en", Set.of(), Set.of()));
        var other = service.create(details(name, "zh", Set.of(), Set.of()));

        assertThatThrownBy(() -> service.create(details(name.toUpperCase(Locale.ROOT), "en", Set.of(), Set.of())))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("template.error.nameTaken");
        assertThatThrownBy(() -> service.update(other.id(), other.version(), details(name, "en", Set.of(), Set.of())))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("template.error.nameTaken");
    }

    @Test
    void a_stale_editor_does_not_overwrite_a_colleagues_change_and_learns_who_made_it() {
        TestUsers.login(users, "lead");
        var opened = service.create(details(unique("Late delivery"), "en", Set.of(), Set.of()));
        var colleagues = opened.toDetails();
        colleagues.setBody("Dear {buyer.name}, the colleague's text.");
        service.update(opened.id(), opened.version(), colleagues);

        var mine = opened.toDetails();
        mine.setBody("Dear {buyer.name}, my text.");
        assertThatThrownBy(() -> service.update(opened.id(), opened.version(), mine))
                .isInstanceOfSatisfying(TemplateChangedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("template.error.stale");
                    assertThat(e.current().body()).isEqualTo("Dear {buyer.name}, the colleague's text.");
                    assertThat(e.current().updatedByName()).isEqualTo("Liu Yang 刘洋");
                    assertThat(e.current().version()).isGreaterThan(opened.version());
                });
        assertThat(service.get(opened.id()).body()).isEqualTo("Dear {buyer.name}, the colleague's text.");
    }

    @Test
    void suggestions_come_fitting_and_in_the_buyers_language_first_then_fitting_then_in_the_language_then_the_rest() {
        TestUsers.login(users, "lead");
        String m = UUID.randomUUID().toString().substring(0, 8);
        // created in an order unlike the expected one, so that sorting has something to do
        long rest = service.create(details("F rest " + m, "fr", EnumSet.of(Category.QUALITY), Set.of())).id();
        long languageOnly = service.create(details("E language only " + m, "de-AT", EnumSet.of(Category.QUALITY), Set.of())).id();
        long everyCaseInLanguage = service.create(details("A every case " + m, "de", Set.of(), Set.of())).id();
        long categoryOtherLanguage = service.create(details("D category " + m, "fr", EnumSet.of(Category.WRONG_ITEM), Set.of())).id();
        long categoryInLanguage = service.create(details("C category " + m, "de", EnumSet.of(Category.WRONG_ITEM), Set.of())).id();
        long subReasonInLanguage = service.create(details("B sub-reason " + m, "de",
                EnumSet.of(Category.SHORT_SHIPMENT), EnumSet.of(SubReason.WRONG_VARIANT))).id();
        var mine = List.of(subReasonInLanguage, categoryInLanguage, everyCaseInLanguage, categoryOtherLanguage,
                languageOnly, rest);
        int all = service.list().size();

        TestUsers.login(users, "agent");
        List<TemplateSuggestion> suggestions = service.suggestionsFor(Category.WRONG_ITEM, SubReason.WRONG_VARIANT, "de-CH");

        assertThat(suggestions).hasSize(all);
        assertThat(suggestions).extracting(TemplateSuggestion::id).filteredOn(mine::contains)
                .containsExactlyElementsOf(mine);
        assertThat(suggestions).extracting(TemplateSuggestion::id).filteredOn(mine::contains)
                .map(id -> suggestions.stream().filter(s -> s.id() == id).findFirst().orElseThrow())
                .extracting(s -> s.fitsCase() + "/" + s.fitsLanguage())
                .containsExactly("true/true", "true/true", "true/true", "true/false", "false/true", "false/false");
        // the groups never interleave, whoever else added templates
        assertThat(suggestions).extracting(TemplateSuggestion::fitsCase, TemplateSuggestion::fitsLanguage)
                .map(g -> ((Boolean) g.toList().get(0) ? 0 : 2) + ((Boolean) g.toList().get(1) ? 0 : 1))
                .isSorted();
        // the starter thank-you fits every case, so it ranks above a German template for another category
        int thanksEn = indexOf(suggestions, THANKS, "en");
        assertThat(suggestions.get(thanksEn).fitsCase()).isTrue();
        assertThat(thanksEn).isLessThan(indexOf(suggestions, languageOnly));
    }

    @Test
    void for_a_customs_case_in_chinese_the_chinese_customs_notice_comes_first_and_the_english_one_before_unrelated_ones() {
        TestUsers.login(users, "agent");
        var suggestions = service.suggestionsFor(Category.NOT_RECEIVED, SubReason.CUSTOMS_PAPERS_REQUIRED, "zh-CN");

        assertThat(suggestions.getFirst()).satisfies(s -> {
            assertThat(s.name()).isEqualTo(CUSTOMS);
            assertThat(s.language()).isEqualTo("zh");
            assertThat(s.fitsCase()).isTrue();
            assertThat(s.fitsLanguage()).isTrue();
            assertThat(s.body()).contains("{customs.office}");
        });
        int english = indexOf(suggestions, CUSTOMS, "en");
        assertThat(suggestions.get(english).fitsLanguage()).isFalse();
        assertThat(english).isLessThan(indexOf(suggestions, "Signer check · 签收人核实", "zh"));
    }

    @Test
    void the_starter_set_has_all_eight_situations_in_english_and_chinese_with_known_placeholders_only() {
        TestUsers.login(users, "lead");
        Map<String, List<TemplateListItem>> byName = service.list().stream()
                .filter(t -> STARTER_SET.containsKey(t.name()))
                .collect(Collectors.groupingBy(TemplateListItem::name));

        assertThat(byName).containsOnlyKeys(STARTER_SET.keySet());
        byName.forEach((name, versions) -> {
            assertThat(versions).as(name).extracting(TemplateListItem::language).containsExactlyInAnyOrder("en", "zh");
            for (var t : versions) {
                assertThat(Placeholders.unknownIn(t.body())).as(name).isEmpty();
                assertThat(t.body()).as(name).contains("{buyer.name}", "{order.number}", "{agent.name}");
                String fit = STARTER_SET.get(name);
                if (fit.isEmpty()) {
                    assertThat(t.fitsAllCases()).as(name).isTrue();
                } else {
                    assertThat(t.categories().stream().map(Enum::name).toList()
                            + " " + t.subReasons().stream().map(Enum::name).toList()).as(name).contains(fit);
                }
            }
            var zh = versions.stream().filter(t -> t.language().equals("zh")).findFirst().orElseThrow();
            assertThat(zh.body().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count()).as(name).isGreaterThan(80);
        });
        assertThat(byName.get(CUSTOMS).getFirst().body()).contains("{customs.office}", "{shipment.trackingNumber}");
        assertThat(byName.get(THANKS).getFirst().body()).contains("{coupon.value}");
        assertThat(byName.get("Not received, still within normal transit time · 未收到货（仍在正常时效内）").getFirst().body())
                .contains("{shipment.carrier}", "{shipment.promisedDeliveryOn}");
    }

    private static int indexOf(List<TemplateSuggestion> suggestions, String name, String language) {
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).name().equals(name) && suggestions.get(i).language().equals(language)) {
                return i;
            }
        }
        throw new AssertionError("no suggestion " + name + " (" + language + ")");
    }

    private static int indexOf(List<TemplateSuggestion> suggestions, long id) {
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no suggestion " + id);
    }
}
