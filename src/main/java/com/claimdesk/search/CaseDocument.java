package com.claimdesk.search;

import com.claimdesk.complaint.CaseSearchSummary;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.evidence.EvidenceTexts;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.ThreadTexts;
import com.claimdesk.review.LessonTexts;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One case as the index holds it, assembled here from what the case, thread, evidence and review modules publish, so that no
 * module's entity is mapped by another (docs/decisions/140-search.md). The case's texts (summary, messages, notes,
 * evidence captions, lessons) are one field with the default analyser (English stemming, Chinese as overlapping pairs
 * of characters), stored and highlighted, and the same texts once more in German, Spanish and French stems stacked
 * in one field and in smartcn's Chinese words, searched but not stored (layout 3: one field per analysis, so that a
 * word is a few clauses and a hit a few passages to mark). The summary is also a field of its own, weighed higher.
 * Identifiers are keywords in lower case, found exactly and by their start.
 */
@SearchEntity(name = CaseDocument.NAME)
@Indexed(index = CaseDocument.INDEX)
final class CaseDocument {

    static final String NAME = "Case";
    static final String INDEX = "cases";
    /** Changes when the fields or analysers change: an index of another layout is rebuilt at start. */
    static final String LAYOUT = "3";

    /** The case's texts in the default analysis: searched, stored and highlighted. */
    static final String TEXTS = "texts";
    /** The texts in German, Spanish and French stems, stacked ({@link EuropeanAnalyzer}). */
    static final String EUROPEAN = "texts_eu";
    /** The texts in smartcn's Chinese words. */
    static final String CHINESE = "texts_zh";

    @DocumentId
    final Long id;

    @KeywordField(normalizer = Analysis.IDENTIFIER, projectable = Projectable.YES)
    final String caseNumber;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    final String orderNumber;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    final @Nullable String trackingNumber;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    final @Nullable String sku;

    /**
     * The case, order and tracking numbers split at dots, dashes, slashes and underscores (CD-2026-218673: cd, 2026,
     * 218673): a number's part, as a buyer or a carrier quotes it, finds the case too.
     */
    @FullTextField(analyzer = Analysis.FILE_NAME)
    final List<String> identifierParts;

    @FullTextField(analyzer = Analysis.NAME, projectable = Projectable.YES)
    @KeywordField(name = "buyerNameId", normalizer = Analysis.IDENTIFIER)
    final String buyerName;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    final @Nullable String buyerCountry;

    @FullTextField(analyzer = Analysis.TEXT, projectable = Projectable.YES)
    final @Nullable String summary;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    @FullTextField(name = "tagsText", analyzer = Analysis.TEXT)
    final List<String> tags;

    /** Evidence file names, split at dots, dashes and underscores ({@code box_damaged-01.jpg}: box, damaged, 01, jpg). */
    @FullTextField(analyzer = Analysis.FILE_NAME, highlightable = Highlightable.UNIFIED)
    final List<String> fileNames;

    /**
     * The summary, the buyer's messages and the replies, the internal notes (the buyer never sees them; the search
     * is the team's), the evidence captions and the titles and texts of the lessons a team lead drew from this case
     * (active ones), in this order: one field to search and to mark per analysis.
     */
    @FullTextField(name = TEXTS, analyzer = Analysis.TEXT, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = EUROPEAN, analyzer = Analysis.EUROPEAN)
    @FullTextField(name = CHINESE, analyzer = Analysis.CHINESE)
    final List<String> texts;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    final ComplaintStatus status;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    final Marketplace marketplace;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    final Category category;

    /** Who works the case: a user's id, or {@link #NOBODY}; the queue's "mine" and "unassigned" narrow by it. */
    @GenericField
    final long assigneeId;
    static final long NOBODY = com.claimdesk.complaint.ThreadSearch.Within.UNASSIGNED;

    @GenericField(sortable = Sortable.YES)
    final Instant createdAt;

    /** The last activity: the case's last change or its thread's last entry, whichever is later (for recency). */
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    final Instant updatedAt;

    private CaseDocument(CaseSearchSummary c, List<ThreadTexts.Text> thread, List<EvidenceTexts.Text> items,
                         List<LessonTexts.Text> drawn) {
        this.id = c.id();
        this.caseNumber = c.caseNumber();
        this.orderNumber = c.orderNumber();
        this.trackingNumber = c.trackingNumber();
        this.sku = c.sku();
        List<String> numbers = new ArrayList<>(3);
        numbers.add(c.caseNumber());
        numbers.add(c.orderNumber());
        if (c.trackingNumber() != null) {
            numbers.add(c.trackingNumber());
        }
        this.identifierParts = List.copyOf(numbers);
        this.buyerName = c.buyerName();
        this.buyerCountry = c.buyerCountry();
        this.summary = c.summary();
        this.tags = List.copyOf(c.tags());
        this.status = c.status();
        this.marketplace = c.marketplace();
        this.category = c.category();
        this.assigneeId = c.assigneeId() == null ? NOBODY : c.assigneeId();
        this.createdAt = c.createdAt();
        List<String> all = new ArrayList<>();
        if (summary != null && !summary.isBlank()) {
            all.add(summary);
        }
        List<String> noted = new ArrayList<>();
        Instant last = c.updatedAt();
        for (ThreadTexts.Text t : thread) {
            (t.kind() == MessageKind.NOTE ? noted : all).add(t.body());
            if (t.sentAt().isAfter(last)) {
                last = t.sentAt();
            }
        }
        all.addAll(noted);
        this.updatedAt = last;
        List<String> names = new ArrayList<>();
        for (EvidenceTexts.Text e : items) {
            if (e.caption() != null && !e.caption().isBlank()) {
                all.add(e.caption());
            }
            names.add(e.fileName());
        }
        this.fileNames = List.copyOf(names);
        for (LessonTexts.Text l : drawn) {
            all.add(l.body() == null ? l.title() : l.title() + "\n" + l.body());
        }
        this.texts = List.copyOf(all);
    }

    static CaseDocument of(CaseSearchSummary c, List<ThreadTexts.Text> thread, List<EvidenceTexts.Text> items,
                           List<LessonTexts.Text> lessons) {
        return new CaseDocument(c, thread, items, lessons);
    }
}
