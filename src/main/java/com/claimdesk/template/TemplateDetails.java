package com.claimdesk.template;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a team lead edits of a reply template. A mutable bean because the form binds to it; the same constraints run
 * in the form and again in {@link TemplateService}.
 */
public class TemplateDetails {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_BODY_LENGTH = 4000;
    /** A BCP 47 tag as the team uses them: language, optional script, optional region (en, zh, zh-Hans, pt-BR, es-419). */
    static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?";

    @NotBlank(message = "{field.required}")
    @Size(max = MAX_NAME_LENGTH, message = "{field.tooLong}")
    private String name = "";

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = LANGUAGE_TAG, message = "{template.language.invalid}")
    private String language = "en";

    private Set<Category> categories = EnumSet.noneOf(Category.class);

    private Set<SubReason> subReasons = EnumSet.noneOf(SubReason.class);

    @NotBlank(message = "{field.required}")
    @Size(max = MAX_BODY_LENGTH, message = "{field.tooLong}")
    @KnownPlaceholders
    private String body = "";

    public TemplateDetails() {
    }

    public TemplateDetails(String name, String language, Set<Category> categories, Set<SubReason> subReasons,
                           String body) {
        setName(name);
        setLanguage(language);
        setCategories(categories);
        setSubReasons(subReasons);
        setBody(body);
    }

    /**
     * Writes a tag the way BCP 47 spells it ({@code ZH-cn} becomes {@code zh-CN}), so that one language is stored
     * one way. Anything that is not a well-formed tag is kept as typed, for the validation message to point at.
     */
    static String canonicalLanguage(String tag) {
        if (tag == null) {
            return "";
        }
        String trimmed = tag.trim().replace('_', '-');
        String canonical = Locale.forLanguageTag(trimmed).toLanguageTag();
        return canonical.equalsIgnoreCase(trimmed) && canonical.matches(LANGUAGE_TAG) ? canonical : trimmed;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.strip(); }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = canonicalLanguage(language); }
    public Set<Category> getCategories() { return categories; }
    public void setCategories(Set<Category> categories) { this.categories = copy(categories, Category.class); }
    public Set<SubReason> getSubReasons() { return subReasons; }
    public void setSubReasons(Set<SubReason> subReasons) { this.subReasons = copy(subReasons, SubReason.class); }
    public String getBody() { return body; }
    /** Kept as typed apart from trailing blanks: line breaks and indentation are part of the reply. */
    public void setBody(String body) { this.body = body == null ? "" : body.stripTrailing(); }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return copy;
    }
}
