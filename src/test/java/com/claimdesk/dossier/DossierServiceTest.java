package com.claimdesk.dossier;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditRecord;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.deadline.PlatformEvent;
import com.claimdesk.evidence.EvidenceContent;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.EvidenceVariant;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadEntry;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.BottomLineForm;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.NewOffer;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.security.UserService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Builds dossiers from a case with every kind of material and reads the PDFs back with PDFBox's text extraction:
 * what was chosen is there, what was not chosen, internal notes and the bottom line are not.
 */
@IntegrationTest
class DossierServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NOTE_TEXT = "INTERNAL-NOTE-do-not-show: buyer is bluffing";
    private static final String BOTTOM_LINE_REASON = "BOTTOM-LINE-REASON-ours-only";

    @Autowired
    DossierService dossiers;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    EvidenceService evidence;
    @Autowired
    NegotiationService negotiation;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;

    private ComplaintSnapshot complaint;
    private ThreadEntry buyerMessage;
    private ThreadEntry reply;
    private ThreadEntry unchosenMessage;
    private ThreadEntry note;
    private EvidenceSummary chosenPhoto;
    private EvidenceSummary otherPhoto;

    @BeforeEach
    void aCaseWithEverything() {
        TestUsers.login(users, "agent");
        LocalDate today = LocalDate.now();
        String number = TestCases.aCase().marketplace(Marketplace.ALIEXPRESS).orderNumber("AE-DOSSIER-" + System.nanoTime())
                .orderDate(today.minusDays(30)).orderValue("120.00", "USD").claimed("USD", "120.00")
                .buyer("Hannah Schulz", "DE", "de").subReason(SubReason.SIGNED_BY_SOMEONE_ELSE)
                .shipment(s -> s.withCarrier("DHL Express").withTrackingNumber("JD014600006281234567")
                        .withShippedOn(today.minusDays(25)).withPromisedDeliveryOn(today.minusDays(10))
                        .withDeliveredOn(today.minusDays(12)).withSignerName("M. Schulz")
                        .withDeliveryAddress("Hauptstraße 5, 10115 Berlin"))
                .open(complaints);
        complaint = complaints.get(number);
        long id = complaint.id();
        buyerMessage = threads.add(id, message(MessageKind.BUYER_MESSAGE, "I never received the parcel, "
                + "nobody in my house signed for it. " + "This is a long message that must wrap. ".repeat(12),
                LocalDateTime.now(SHANGHAI).minusDays(8)), SHANGHAI);
        unchosenMessage = threads.add(id, message(MessageKind.BUYER_MESSAGE, "UNCHOSEN-MESSAGE please hurry",
                LocalDateTime.now(SHANGHAI).minusDays(7)), SHANGHAI);
        note = threads.add(id, message(MessageKind.NOTE, NOTE_TEXT, null), SHANGHAI);
        reply = threads.add(id, message(MessageKind.REPLY, "Dear Hannah, DHL shows the parcel was signed for by "
                + "M. Schulz on the delivery date. 🙏 We can offer a partial refund.", null), SHANGHAI);
        chosenPhoto = evidence.add(id, new NewEvidence(EvidenceSource.OUR_PRE_SHIPMENT_PHOTO,
                "Packed and sealed before dispatch", "packing.jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(800, 600)));
        otherPhoto = evidence.add(id, new NewEvidence(EvidenceSource.BUYER, "UNCHOSEN-PHOTO-caption", "other.jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(640, 480)));

        var bottomLine = new BottomLineForm();
        bottomLine.setMaxAmount(new BigDecimal("77.77"));
        bottomLine.setAcceptable(EnumSet.of(Resolution.PARTIAL_REFUND));
        bottomLine.setReason(BOTTOM_LINE_REASON);
        negotiation.setBottomLine(id, bottomLine);
        negotiation.recordOffer(id, offer(Proposer.BUYER, Resolution.FULL_REFUND, "120.00"), SHANGHAI);
        negotiation.recordOffer(id, offer(Proposer.US, Resolution.PARTIAL_REFUND, "36.00"), SHANGHAI);
        var ours = negotiation.view(id).openOffer();
        negotiation.answer(ours.id(), Answer.REJECTED);

        deadlines.enterEvent(id, PlatformEvent.DISPUTE_OPENED, Instant.now().minus(2, ChronoUnit.DAYS));
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static NewMessage message(MessageKind kind, String body, LocalDateTime sentAt) {
        var m = new NewMessage();
        m.setKind(kind);
        m.setBody(body);
        m.setSentAt(sentAt);
        return m;
    }

    private static NewOffer offer(Proposer proposer, Resolution resolution, String amount) {
        var o = new NewOffer();
        o.setProposer(proposer);
        o.setResolution(resolution);
        o.setAmount(new BigDecimal(amount));
        return o;
    }

    private DossierDetails everything(DossierLanguage language) {
        return new DossierDetails(language, EnumSet.allOf(DossierPart.class), Set.of(buyerMessage.id(), reply.id()),
                Set.of(chosenPhoto.id()), SHANGHAI);
    }

    private byte[] pdf(DossierSummary dossier) throws IOException {
        try (EvidenceContent content = evidence.open(dossier.evidenceId(), EvidenceVariant.ORIGINAL)) {
            return content.stream().readAllBytes();
        }
    }

    /** The PDF's text as extracted, with line breaks as spaces: wrapped lines join again. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void an_english_dossier_holds_the_chosen_material_and_nothing_internal() throws IOException {
        DossierSummary dossier = dossiers.create(complaint.caseNumber(), everything(DossierLanguage.ENGLISH));
        byte[] bytes = pdf(dossier);
        String text = text(bytes);
        String orderNumber = complaint.details().getOrderNumber();

        assertThat(text).contains("Dossier — case " + complaint.caseNumber(), "AliExpress", orderNumber,
                "Signed for, but buyer says not received");
        // order and shipment facts
        assertThat(text).contains("Order value USD 120.00", "Hannah Schulz (DE)", "Hauptstraße 5, 10115 Berlin",
                "Carrier DHL Express");
        // timeline: dates, the platform's event and its deadlines with their state
        LocalDate today = LocalDate.now();
        assertThat(text).contains(today.minusDays(30) + " Order placed", today.minusDays(25) + " Shipped",
                today.minusDays(10) + " Promised delivery date: met on " + today.minusDays(12),
                today.minusDays(12) + " Delivered, on or before the promised date",
                "Platform event: Platform dispute opened", "Dispute reply by: due, still open",
                "Complaint received");
        // the chosen conversation, wrapped over lines but complete; the emoji replaced, not failing
        assertThat(text).contains("I never received the parcel, nobody in my house signed for it.",
                "signed for by M. Schulz on the delivery date. ? We can offer a partial refund.",
                "Buyer message · Hannah Schulz");
        assertThat(text).contains("This is a long message that must wrap. ".repeat(12).strip());
        // the chosen photo with caption and source; the other one not
        assertThat(text).contains("Photo 1: Packed and sealed before dispatch",
                "Source: Our photo before shipping · file packing.jpg");
        // tracking and signature
        assertThat(text).contains("Tracking number JD014600006281234567", "Signed for by M. Schulz");
        // what we offered and when, with the buyer's answer; not the buyer's own offer
        assertThat(text).contains("Partial refund USD 36.00 — Rejected on");
        assertThat(text).doesNotContain("Full refund USD 120.00");
        // page numbers
        assertThat(text).contains("Page 1 of " + dossier.pages());
        assertThat(text.split("Platform event: Platform dispute opened", -1)).as("the event once").hasSize(2);

        assertThat(text).doesNotContain("UNCHOSEN-MESSAGE", "UNCHOSEN-PHOTO", "other.jpg", "INTERNAL-NOTE",
                BOTTOM_LINE_REASON, "77.77", "Internal note");
        assertThat(dossier.pages()).isGreaterThanOrEqualTo(2);
        render(bytes, "dossier-en");
    }

    @Test
    void a_chinese_dossier_has_chinese_headings_and_keeps_the_buyers_words() throws IOException {
        DossierSummary dossier = dossiers.create(complaint.caseNumber(), everything(DossierLanguage.CHINESE));
        String text = text(pdf(dossier));

        assertThat(text).contains("申诉材料 — 案件 " + complaint.caseNumber(), "订单与物流", "时间线", "买家沟通",
                "证据照片", "物流跟踪与签收", "我方提出的方案及时间", "运单号 JD014600006281234567",
                "第 1 页，共 " + dossier.pages() + " 页");
        assertThat(text).contains("I never received the parcel", "Packed and sealed before dispatch");
        assertThat(text).doesNotContain("INTERNAL-NOTE", BOTTOM_LINE_REASON, "77.77", "UNCHOSEN-MESSAGE");
        assertThat(dossier.fileName()).isEqualTo("dossier-" + complaint.caseNumber() + "-zh-"
                + LocalDate.now(SHANGHAI) + ".pdf");
        render(pdf(dossier), "dossier-zh");
    }

    @Test
    void the_dossier_is_stored_as_our_evidence_and_its_making_audited() {
        DossierSummary dossier = dossiers.create(complaint.caseNumber(), everything(DossierLanguage.ENGLISH));

        EvidenceSummary stored = evidence.get(dossier.evidenceId());
        assertThat(stored.complaintId()).isEqualTo(complaint.id());
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.source()).isEqualTo(EvidenceSource.OUR_DOSSIER);
        assertThat(stored.originalFileName()).isEqualTo("dossier-" + complaint.caseNumber() + "-en-"
                + LocalDate.now(SHANGHAI) + ".pdf");
        assertThat(stored.caption()).isEqualTo("Arbitration dossier (English)");

        List<AuditRecord> made = audit.history(complaint.id()).stream()
                .filter(r -> r.action() == AuditAction.DOSSIER_CREATED).toList();
        assertThat(made).singleElement().satisfies(r -> {
            assertThat(r.actorName()).isEqualTo("Li Wei 李伟");
            assertThat(r.newValue()).contains(stored.originalFileName(), "language en",
                    "sections FACTS, TIMELINE, TRACKING, OFFERS",
                    "messages #" + buyerMessage.id() + ", #" + reply.id(),
                    "photos #" + chosenPhoto.id() + " packing.jpg");
        });
    }

    @Test
    void an_internal_note_is_refused_even_when_asked_for_and_nothing_is_stored() {
        long before = evidence.list(complaint.id()).size();
        var withNote = new DossierDetails(DossierLanguage.ENGLISH, Set.of(DossierPart.FACTS),
                Set.of(buyerMessage.id(), note.id()), Set.of(), SHANGHAI);
        assertThatThrownBy(() -> dossiers.create(complaint.caseNumber(), withNote))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dossier.error.notAllowed");

        var otherCase = EvidenceSamples.openCase(complaints);
        var foreignPhoto = evidence.add(otherCase, new NewEvidence(EvidenceSource.BUYER, null, "foreign.jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(100, 100)));
        var withForeignPhoto = new DossierDetails(DossierLanguage.ENGLISH, Set.of(), Set.of(),
                Set.of(foreignPhoto.id()), SHANGHAI);
        assertThatThrownBy(() -> dossiers.create(complaint.caseNumber(), withForeignPhoto))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dossier.error.notAllowed");
        assertThat(evidence.list(complaint.id())).hasSize((int) before);
    }

    @Autowired
    com.claimdesk.audit.AuditLog auditLog;
    @Autowired
    com.claimdesk.base.i18n.MessagesI18NProvider i18n;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    java.time.Clock clock;

    @Test
    void without_a_cjk_font_english_still_works_and_chinese_is_refused_saying_which_setting_to_set() throws IOException {
        var latinOnly = new DossierService(complaints, threads, evidence, negotiation, deadlines, auditLog, i18n,
                new DossierFonts(null, List.of(), DossierFonts.USUAL_LATIN), transactionManager, clock);
        String text = text(pdf(latinOnly.create(complaint.caseNumber(), everything(DossierLanguage.ENGLISH))));
        assertThat(text).contains("I never received the parcel", "Tracking number JD014600006281234567");

        assertThatThrownBy(() -> latinOnly.create(complaint.caseNumber(), everything(DossierLanguage.CHINESE)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(i18n.getTranslation(((DomainException) e).messageKey(),
                        java.util.Locale.SIMPLIFIED_CHINESE, ((DomainException) e).arguments()))
                        .contains("服务器上没有包含中文字符的字体", "claimdesk.dossier.font"));
        var chineseMessage = threads.add(complaint.id(), message(MessageKind.BUYER_MESSAGE, "包裹一直没有收到",
                LocalDateTime.now(SHANGHAI).minusDays(1)), SHANGHAI);
        var withChinese = new DossierDetails(DossierLanguage.ENGLISH, Set.of(), Set.of(chineseMessage.id()),
                Set.of(), SHANGHAI);
        assertThatThrownBy(() -> latinOnly.create(complaint.caseNumber(), withChinese))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(i18n.getTranslation(((DomainException) e).messageKey(),
                        java.util.Locale.ENGLISH, ((DomainException) e).arguments()))
                        .contains("set claimdesk.dossier.font"));
    }

    @Test
    void a_dossier_with_nothing_chosen_is_refused() {
        var nothing = new DossierDetails(DossierLanguage.ENGLISH, Set.of(), Set.of(), Set.of(), SHANGHAI);
        assertThatThrownBy(() -> dossiers.create(complaint.caseNumber(), nothing))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dossier.error.nothingChosen");
    }

    @Test
    void the_material_offers_the_conversation_without_notes_and_the_photos() {
        DossierMaterial material = dossiers.material(complaint.caseNumber());
        assertThat(material.messages()).extracting(DossierMaterial.MessageChoice::id)
                .containsExactly(buyerMessage.id(), unchosenMessage.id(), reply.id());
        assertThat(material.photos()).extracting(DossierMaterial.PhotoChoice::fileName)
                .containsExactly("packing.jpg", "other.jpg");
    }

    @Test
    void only_team_members_with_the_agent_role_make_dossiers() {
        TestUsers.login(users, "admin");
        assertThatThrownBy(() -> dossiers.create(complaint.caseNumber(), everything(DossierLanguage.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.material(complaint.caseNumber()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Page 1 as a picture, to look at the dossier as its reader will (target/dossier/*.png). */
    private static void render(byte[] pdf, String name) throws IOException {
        Path folder = Path.of("target", "dossier");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        folder.resolve(name + "-p" + (page + 1) + ".png").toFile());
            }
        }
    }
}
