package com.claimdesk.dossier;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.evidence.EvidenceContent;
import com.claimdesk.evidence.EvidenceKind;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.EvidenceVariant;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.ThreadEntry;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.OfferRound;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Makes a case's arbitration or chargeback dossier from what the agent chose, stores it as evidence of the case and
 * audits it (docs/decisions/161-arbitration-dossier.md). What may go in is decided here, not by the dialog: only
 * buyer messages and our replies of this case (an internal note is refused even when asked for), only photos of
 * this case, only our own offers (never the bottom line, the team's own limit).
 */
@Service
@Validated
public class DossierService {

    private static final Logger log = LoggerFactory.getLogger(DossierService.class);
    static final String AUDIT_FIELD = "dossier";
    private static final Set<MessageKind> CONVERSATION = Set.of(MessageKind.BUYER_MESSAGE, MessageKind.REPLY);

    private final ComplaintService complaints;
    private final ThreadService threads;
    private final EvidenceService evidence;
    private final NegotiationService negotiation;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final MessagesI18NProvider messages;
    private final DossierFonts fonts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DossierService(ComplaintService complaints, ThreadService threads, EvidenceService evidence,
                   NegotiationService negotiation, DeadlineService deadlines, AuditLog audit,
                   MessagesI18NProvider messages, DossierFonts fonts, PlatformTransactionManager transactionManager,
                   Clock clock) {
        this.complaints = complaints;
        this.threads = threads;
        this.evidence = evidence;
        this.negotiation = negotiation;
        this.deadlines = deadlines;
        this.audit = audit;
        this.messages = messages;
        this.fonts = fonts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What the agent can choose from for the case's dossier: the conversation without notes, and the photos. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public DossierMaterial material(String caseNumber) {
        long id = complaints.get(caseNumber).id();
        return new DossierMaterial(conversation(id).stream().map(e -> new DossierMaterial.MessageChoice(e.id(),
                e.kind(), e.authorName(), e.sentAt(), e.body())).toList(),
                photos(id).stream().map(p -> new DossierMaterial.PhotoChoice(p.id(), p.source(), p.caption(),
                        p.originalFileName(), p.uploadedAt())).toList());
    }

    /**
     * Makes the dossier and stores it as evidence of the case ({@code dossier-<case>-<lang>-<date>.pdf}, source
     * {@link EvidenceSource#OUR_DOSSIER}); the evidence row and the audit line that names what went in are written
     * in one transaction.
     *
     * @throws DomainException when nothing was chosen, a choice is not part of the case's conversation or photos (an
     *                         internal note, another case's photo), or the dossier is Chinese or a chosen message or
     *                         caption holds Chinese text and this server has no CJK font
     */
    @PreAuthorize("hasRole('AGENT')")
    public DossierSummary create(String caseNumber, @Valid @NotNull DossierDetails details) {
        if (!details.hasContent()) {
            throw new DomainException("dossier.error.nothingChosen", "Nothing chosen for the dossier of " + caseNumber);
        }
        ComplaintSnapshot complaint = complaints.get(caseNumber);
        long id = complaint.id();
        List<ThreadEntry> chosenMessages = chosen(conversation(id), ThreadEntry::id, details.messageIds(), "message");
        List<EvidenceSummary> chosenPhotos = chosen(photos(id), EvidenceSummary::id, details.photoIds(), "photo");
        List<OfferRound> ourOffers = details.parts().contains(DossierPart.OFFERS)
                ? negotiation.view(id).rounds().stream().filter(r -> r.proposer() == Proposer.US)
                .sorted(Comparator.comparing(OfferRound::proposedAt)).toList()
                : List.of();
        Instant now = clock.instant();
        var content = new DossierContent(complaint, details, CurrentUser.require().displayName(), now,
                threads.firstResponseAt(id).orElse(null),
                details.parts().contains(DossierPart.TIMELINE) ? deadlines.forCase(id) : List.of(),
                chosenMessages, chosenPhotos.stream().map(p -> new DossierContent.Photo(p, preview(p))).toList(),
                ourOffers);

        byte[] pdf;
        int pages;
        try (var layout = new PdfLayout(fonts)) {
            List<String> chosenTexts = new ArrayList<>(chosenMessages.stream().map(ThreadEntry::body).toList());
            chosenPhotos.stream().map(EvidenceSummary::caption).filter(Objects::nonNull).forEach(chosenTexts::add);
            layout.font().require(details.language() == DossierLanguage.CHINESE, chosenTexts);
            pdf = new DossierWriter(messages, details.language(), details.zone()).write(content, layout);
            pages = layout.pages();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the dossier of " + caseNumber + " failed", e);
        }

        String fileName = "dossier-" + complaint.caseNumber() + "-" + details.language().code() + "-"
                + LocalDate.ofInstant(now, details.zone()) + ".pdf";
        String caption = messages.getTranslation("dossier.evidence.caption", details.language().locale(),
                messages.getTranslation("dossier.language." + details.language().name(), details.language().locale()));
        String included = describe(fileName, details, chosenMessages, chosenPhotos);
        EvidenceSummary stored = Objects.requireNonNull(transactions.execute(status -> {
            EvidenceSummary item = evidence.add(id, new NewEvidence(EvidenceSource.OUR_DOSSIER, caption, fileName),
                    new ByteArrayInputStream(pdf));
            audit.record(id, AuditAction.DOSSIER_CREATED, AUDIT_FIELD, null, included);
            return item;
        }));
        log.info("Dossier {} ({} pages, {} bytes) made for case {} by {}", fileName, pages, pdf.length, caseNumber,
                CurrentUser.require().getUsername());
        return new DossierSummary(stored.id(), stored.originalFileName(), stored.sizeBytes(), pages);
    }

    private List<ThreadEntry> conversation(long complaintId) {
        return threads.thread(complaintId).stream().filter(e -> CONVERSATION.contains(e.kind())).toList();
    }

    private List<EvidenceSummary> photos(long complaintId) {
        return evidence.list(complaintId).stream()
                .filter(e -> e.kind() == EvidenceKind.IMAGE && e.hasPreview()).toList();
    }

    /** The items with the chosen ids, in their own order; an id that is not among them is refused. */
    private static <T> List<T> chosen(List<T> allowed, java.util.function.ToLongFunction<T> id, Set<Long> ids,
                                      String what) {
        Set<Long> known = allowed.stream().map(id::applyAsLong).collect(Collectors.toSet());
        if (!known.containsAll(ids)) {
            Set<Long> refused = new TreeSet<>(ids);
            refused.removeAll(known);
            throw new DomainException("dossier.error.notAllowed", "Not a " + what + " a dossier may show: " + refused);
        }
        return allowed.stream().filter(item -> ids.contains(id.applyAsLong(item))).toList();
    }

    private byte[] preview(EvidenceSummary photo) {
        try (EvidenceContent content = evidence.open(photo.id(), EvidenceVariant.PREVIEW)) {
            return content.stream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the preview of evidence " + photo.id() + " failed", e);
        }
    }

    /** The audit line: the file, its language, its sections and which messages and photos went in. */
    private static String describe(String fileName, DossierDetails details, List<ThreadEntry> chosenMessages,
                                   List<EvidenceSummary> chosenPhotos) {
        List<String> parts = new ArrayList<>();
        parts.add(fileName);
        parts.add("language " + details.language().code());
        parts.add("sections " + (details.parts().isEmpty() ? "none" : details.parts().stream().sorted()
                .map(Enum::name).collect(Collectors.joining(", "))));
        parts.add("messages " + (chosenMessages.isEmpty() ? "none" : chosenMessages.stream()
                .map(m -> "#" + m.id()).collect(Collectors.joining(", "))));
        parts.add("photos " + (chosenPhotos.isEmpty() ? "none" : chosenPhotos.stream()
                .map(p -> "#" + p.id() + " " + p.originalFileName()).collect(Collectors.joining(", "))));
        return String.join("; ", parts);
    }
}
