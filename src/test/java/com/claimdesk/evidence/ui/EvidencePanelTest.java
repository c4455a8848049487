package com.claimdesk.evidence.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.NewEvidence;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class EvidencePanelTest extends KaribuTest {

    @Autowired
    EvidenceService service;
    @Autowired
    ComplaintService complaints;

    private long caseId;

    private EvidencePanel mountAs(String username) {
        login(username);
        if (caseId == 0) {
            caseId = EvidenceSamples.openCase(complaints);
        }
        var panel = new EvidencePanel(service, caseId);
        UI.getCurrent().add(panel);
        return panel;
    }

    private EvidenceSummary addDirectly(String fileName, byte[] bytes) {
        return service.add(caseId, new NewEvidence(EvidenceSource.BUYER, null, fileName),
                new ByteArrayInputStream(bytes));
    }

    @Test
    void a_valid_photo_lands_in_the_gallery_and_a_refused_file_says_why() {
        mountAs("agent");
        assertThat(_get(Span.class, s -> s.withId("evidence-hint")).getText()).contains("25 MB");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("evidence-empty")).isVisible())
                .isTrue();
        @SuppressWarnings("unchecked")
        Select<EvidenceSource> source = _get(Select.class, s -> s.withId("evidence-source"));
        TestFields.set(source, EvidenceSource.CARRIER);
        TestFields.set(_get(TextField.class, s -> s.withId("evidence-caption")), "Dented corner on arrival");
        Upload upload = _get(Upload.class, s -> s.withId("evidence-upload"));

        UploadKt._upload(upload, "damage.jpg", "image/jpeg", EvidenceSamples.jpeg(640, 480));
        UploadKt._upload(upload, "invoice.jpg", "image/jpeg", EvidenceSamples.exe());

        assertThat(_find(Image.class, s -> s.withId("evidence-thumb-" + service.list(caseId).getFirst().id())))
                .hasSize(1);
        assertThat(_find(Div.class, s -> s.withClasses("cd-evidence-card"))).hasSize(1);
        var errors = _get(Div.class, s -> s.withId("evidence-errors"));
        assertThat(errors.isVisible()).isTrue();
        assertThat(_find(Div.class, s -> s.withClasses("cd-evidence-error"))).singleElement()
                .satisfies(line -> assertThat(line.getText()).startsWith("invoice.jpg: files of this type are not"));
        assertThat(service.list(caseId)).singleElement().satisfies(item -> {
            assertThat(item.originalFileName()).isEqualTo("damage.jpg");
            assertThat(item.source()).isEqualTo(EvidenceSource.CARRIER);
            assertThat(item.caption()).isEqualTo("Dented corner on arrival");
        });
        assertThat(_get(com.vaadin.flow.component.html.H3.class, s -> s.withId("evidence-title")).getText())
                .isEqualTo("Evidence (1)");

        _click(_get(Button.class, s -> s.withId("evidence-errors-clear")));
        assertThat(errors.isVisible()).isFalse();
    }

    @Test
    void the_lightbox_walks_through_the_gallery_and_offers_the_original() {
        login("agent");
        caseId = EvidenceSamples.openCase(complaints);
        EvidenceSummary photo = addDirectly("photo.png", EvidenceSamples.png(200, 100));
        EvidenceSummary pdf = addDirectly("customs.pdf", EvidenceSamples.pdf());
        EvidenceSummary video = addDirectly("unboxing.mp4", EvidenceSamples.mp4("isom"));
        mountAs("agent");
        assertThat(_find(Image.class, s -> s.withId("evidence-thumb-" + photo.id()))).hasSize(1);

        _click(_get(Div.class, s -> s.withId("evidence-item-" + photo.id())));

        var lightbox = _get(EvidenceLightbox.class);
        assertThat(_get(Span.class, s -> s.withId("lightbox-position")).getText()).isEqualTo("1 of 3");
        assertThat(_find(Image.class, s -> s.withId("lightbox-image"))).hasSize(1);
        assertThat(_get(Button.class, s -> s.withId("lightbox-previous")).isEnabled()).isFalse();
        assertThat(_get(Button.class, s -> s.withId("lightbox-zoom")).getText()).isEqualTo("Actual size");
        _click(_get(Button.class, s -> s.withId("lightbox-zoom")));
        assertThat(_get(Button.class, s -> s.withId("lightbox-zoom")).getText()).isEqualTo("Fit to window");
        assertThat(_find(Button.class, s -> s.withId("lightbox-delete"))).allSatisfy(b -> assertThat(b.isVisible())
                .isFalse());

        _click(_get(Button.class, s -> s.withId("lightbox-next")));
        assertThat(_get(Span.class, s -> s.withId("lightbox-position")).getText()).isEqualTo("2 of 3");
        assertThat(lightbox.current()).isEqualTo(pdf);
        assertThat(_get(Anchor.class, s -> s.withId("lightbox-open-pdf")).getTarget()).hasValue("_blank");
        assertThat(_get(Anchor.class, s -> s.withId("lightbox-download")).isDownload()).isTrue();

        _click(_get(Button.class, s -> s.withId("lightbox-next")));
        assertThat(lightbox.current()).isEqualTo(video);
        assertThat(_find(EvidenceVideo.class, s -> s.withId("lightbox-video"))).hasSize(1);
        assertThat(_get(Button.class, s -> s.withId("lightbox-next")).isEnabled()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("lightbox-hash")).getText()).contains(video.sha256());
    }

    @Test
    void a_caption_is_shown_as_text_never_as_html() {
        login("agent");
        caseId = EvidenceSamples.openCase(complaints);
        service.add(caseId, new NewEvidence(EvidenceSource.BUYER, "<img src=x onerror=alert(1)>", "x.png"),
                new ByteArrayInputStream(EvidenceSamples.png(20, 20)));
        mountAs("agent");

        var card = _get(Div.class, s -> s.withClasses("cd-evidence-card"));
        assertThat(card.getElement().getOuterHTML()).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void only_a_lead_is_offered_delete_and_the_gallery_follows() {
        login("agent");
        caseId = EvidenceSamples.openCase(complaints);
        EvidenceSummary photo = addDirectly("wrong.png", EvidenceSamples.png(50, 50));
        setUpVaadinAgain();
        mountAs("lead");

        _click(_get(Div.class, s -> s.withId("evidence-item-" + photo.id())));
        _click(_get(Button.class, s -> s.withId("lightbox-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("evidence-delete-confirm")));

        assertThat(service.list(caseId)).isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("cd-evidence-card"))).isEmpty();
        assertThat(_find(EvidenceLightbox.class)).isEmpty();
    }

    @Test
    void a_chinese_speaking_agent_reads_the_refusal_in_chinese() {
        login("agent");
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        caseId = EvidenceSamples.openCase(complaints);
        mountAs("agent");
        assertThat(_get(Span.class, s -> s.withId("evidence-hint")).getText()).startsWith("支持 JPEG");

        UploadKt._upload(_get(Upload.class, s -> s.withId("evidence-upload")), "bomb.png", "image/png",
                EvidenceSamples.pngHeaderOnly(100_000, 100_000));

        assertThat(_get(Div.class, s -> s.withClasses("cd-evidence-error")).getText())
                .isEqualTo("bomb.png：图片像素过多（100,000 × 100,000），最多接受 50 百万像素。");
        assertThat(service.list(caseId)).isEmpty();
    }
}
