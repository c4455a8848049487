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
 * module's entity is mapped by another (docs/decisions/140-search.md). Each text is indexed in its own field with the
 * default analyser (English stemming, Chinese as overlapping pairs of characters), which is also the one highlighted,
 * and all texts together once per other language (German, Spanish, French, Chinese words by smartcn), searched but
 * not stored.
 * Identifiers are keywords in lower case, found exactly and by their start.
 */
@SearchEntity(name = CaseDocument.NAME)
@Indexed(index = CaseDocument.INDEX)
final class CaseDocument {

    static final String NAME = "Case";
    static final String INDEX = "cases";
    /** Changes when the fields or analysers change: an index of another layout is rebuilt at start. */
    static final String LAYOUT = "2";

    /** The fields of the texts in one language's analysis: German, Spanish, French and Chinese words. */
    static final String GERMAN = "texts_de";
    static final String SPANISH = "texts_es";
    static final String FRENCH = "texts_fr";
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

    @FullTextField(analyzer = Analysis.NAME, projectable = Projectable.YES)
    @KeywordField(name = "buyerNameId", normalizer = Analysis.IDENTIFIER)
    final String buyerName;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    final @Nullable String buyerCountry;

    @FullTextField(analyzer = Analysis.TEXT, projectable = Projectable.YES, highlightable = Highlightable.UNIFIED)
    final @Nullable String summary;

    @KeywordField(normalizer = Analysis.IDENTIFIER)
    @FullTextField(name = "tagsText", analyzer = Analysis.TEXT)
    final List<String> tags;

    /** Buyer messages and replies. */
    @FullTextField(analyzer = Analysis.TEXT, highlightable = Highlightable.UNIFIED)
    final List<String> messages;

    /** Internal notes: the buyer never sees them; kept apart so a page may tell them from messages. */
    @FullTextField(analyzer = Analysis.TEXT, highlightable = Highlightable.UNIFIED)
    final List<String> notes;

    /** Evidence captions. */
    @FullTextField(analyzer = Analysis.TEXT, highlightable = Highlightable.UNIFIED)
    final List<String> evidence;

    /** The titles and texts of the lessons a team lead drew from this case (active ones). */
    @FullTextField(analyzer = Analysis.TEXT, highlightable = Highlightable.UNIFIED)
    final List<String> lessons;

    /** Evidence file names, split at dots, dashes and underscores ({@code box_damaged-01.jpg}: box, damaged, 01, jpg). */
    @FullTextField(analyzer = Analysis.FILE_NAME, highlightable = Highlightable.UNIFIED)
    final List<String> fileNames;

    /**
     * Summary, messages, notes, evidence captions and lessons once more, together, in each other language's analysis: found
     * by a German, Spanish, French or Chinese word, but neither stored nor highlighted. One field per language, not
     * one per text and language, keeps a word's disjunction short (docs/decisions/140-search.md).
     */
    @FullTextField(name = GERMAN, analyzer = Analysis.GERMAN)
    @FullTextField(name = SPANISH, analyzer = Analysis.SPANISH)
    @FullTextField(name = FRENCH, analyzer = Analysis.FRENCH)
    @FullTextField(name = CHINESE, analyzer = Analysis.CHINESE)
    final List<String> texts;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    final ComplaintStatus status;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    final Marketplace marketplace;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    final Category category;

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
        this.buyerName = c.buyerName();
        this.buyerCountry = c.buyerCountry();
        this.summary = c.summary();
        this.tags = List.copyOf(c.tags());
        this.status = c.status();
        this.marketplace = c.marketplace();
        this.category = c.category();
        this.createdAt = c.createdAt();
        List<String> said = new ArrayList<>();
        List<String> noted = new ArrayList<>();
        Instant last = c.updatedAt();
        for (ThreadTexts.Text t : thread) {
            (t.kind() == MessageKind.NOTE ? noted : said).add(t.body());
            if (t.sentAt().isAfter(last)) {
                last = t.sentAt();
            }
        }
        this.messages = List.copyOf(said);
        this.notes = List.copyOf(noted);
        this.updatedAt = last;
        List<String> captions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (EvidenceTexts.Text e : items) {
            if (e.caption() != null && !e.caption().isBlank()) {
                captions.add(e.caption());
            }
            names.add(e.fileName());
        }
        this.evidence = List.copyOf(captions);
        this.fileNames = List.copyOf(names);
        List<String> learnt = new ArrayList<>();
        for (LessonTexts.Text l : drawn) {
            learnt.add(l.body() == null ? l.title() : l.title() + "\n" + l.body());
        }
        this.lessons = List.copyOf(learnt);
        List<String> all = new ArrayList<>();
        if (summary != null && !summary.isBlank()) {
            all.add(summary);
        }
        all.addAll(said);
        all.addAll(noted);
        all.addAll(captions);
        all.addAll(learnt);
        this.texts = List.copyOf(all);
    }

    static CaseDocument of(CaseSearchSummary c, List<ThreadTexts.Text> thread, List<EvidenceTexts.Text> items,
                           List<LessonTexts.Text> lessons) {
        return new CaseDocument(c, thread, items, lessons);
    }
}
