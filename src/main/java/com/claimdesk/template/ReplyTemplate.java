package com.claimdesk.template;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A canned reply in one language, with the cases it is meant for: the categories and sub-reasons it lists, or
 * every case when it lists none.
 */
@Entity
@Table(name = "reply_template")
class ReplyTemplate {

    /** How closely a template fits a case, most specific first; the order ranks suggestions. */
    enum Fit {
        SUB_REASON, CATEGORY, ALL_CASES, NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TemplateDetails.MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 16)
    private String language;

    // every listing needs the fits of all templates: one extra query per collection instead of one per template
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "reply_template_category", joinColumns = @JoinColumn(name = "template_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 32)
    private Set<Category> categories = new HashSet<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "reply_template_sub_reason", joinColumns = @JoinColumn(name = "template_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_reason", length = 48)
    private Set<SubReason> subReasons = new HashSet<>();

    @Column(nullable = false, length = TemplateDetails.MAX_BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Users by id: the security module owns them (docs/decisions/080-modules.md). */
    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Version
    private long version;

    protected ReplyTemplate() {
    }

    ReplyTemplate(TemplateDetails details, Long authorId, Instant now) {
        this.createdAt = now;
        this.createdById = authorId;
        update(details, authorId, now);
    }

    void update(TemplateDetails details, Long editorId, Instant now) {
        name = details.getName();
        language = details.getLanguage();
        categories.clear();
        categories.addAll(details.getCategories());
        subReasons.clear();
        subReasons.addAll(details.getSubReasons());
        body = details.getBody();
        updatedAt = now;
        updatedById = editorId;
    }

    Fit fitFor(Category category, SubReason subReason) {
        if (subReason != null && subReasons.contains(subReason)) {
            return Fit.SUB_REASON;
        }
        if (category != null && categories.contains(category)) {
            return Fit.CATEGORY;
        }
        return categories.isEmpty() && subReasons.isEmpty() ? Fit.ALL_CASES : Fit.NONE;
    }

    /**
     * Whether a buyer writing {@code buyerLanguage} can read this template: the primary language decides, so a
     * template in {@code zh} suits a buyer in {@code zh-CN}, and one in {@code en-GB} a buyer in {@code en}.
     */
    boolean speaks(String buyerLanguage) {
        if (buyerLanguage == null || buyerLanguage.isBlank()) {
            return false;
        }
        String wanted = Locale.forLanguageTag(buyerLanguage.trim().replace('_', '-')).getLanguage();
        return !wanted.isEmpty() && wanted.equals(Locale.forLanguageTag(language).getLanguage());
    }

    /** {@code editorName}: the name of {@link #getUpdatedById()}, from the security module. */
    TemplateListItem toListItem(String editorName) {
        return new TemplateListItem(id, name, language, categories, subReasons, body, updatedAt, editorName, version);
    }

    Long getUpdatedById() {
        return updatedById;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getLanguage() {
        return language;
    }

    String getBody() {
        return body;
    }

    long getVersion() {
        return version;
    }
}
