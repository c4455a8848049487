package com.claimdesk.dossier.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.dossier.DossierLanguage;
import com.claimdesk.dossier.DossierMaterial;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DossierDialogTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    EvidenceService evidence;

    private String number;
    private long caseId;

    private DossierDialog openDialogOfACaseWithMaterial() {
        login("agent");
        number = TestCases.aCase().buyer("Dialog Buyer", "FR", "fr").open(complaints);
        caseId = complaints.get(number).id();
        add(MessageKind.BUYER_MESSAGE, "Where is my parcel?");
        add(MessageKind.NOTE, "NOTE-only-for-us");
        add(MessageKind.REPLY, "It is with the carrier, tracking attached.");
        evidence.add(caseId, new NewEvidence(EvidenceSource.CARRIER, "Carrier's proof of delivery", "pod.jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(320, 240)));

        navigate("cases/" + number);
        _get(TabSheet.class, s -> s.withId("case-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId("tab-evidence")));
        _click(_get(Button.class, s -> s.withId("dossier-open")));
        return _get(DossierDialog.class);
    }

    private void add(MessageKind kind, String body) {
        var m = new NewMessage();
        m.setKind(kind);
        m.setBody(body);
        threads.add(caseId, m, ZoneOffset.UTC);
    }

    @Test
    void the_dialog_offers_the_conversation_without_notes_and_the_photos_all_chosen() {
        DossierDialog dialog = openDialogOfACaseWithMaterial();

        assertThat(dialog.language.getValue()).isEqualTo(DossierLanguage.ENGLISH);
        assertThat(dialog.messages.getLabel()).isEqualTo("Buyer conversation (2 messages)");
        assertThat(dialog.messages.getValue()).extracting(DossierMaterial.MessageChoice::body)
                .containsExactlyInAnyOrder("Where is my parcel?", "It is with the carrier, tracking attached.");
        assertThat(dialog.messages.getListDataView().getItems().map(DossierMaterial.MessageChoice::body))
                .doesNotContain("NOTE-only-for-us");
        assertThat(dialog.photos.getValue()).extracting(DossierMaterial.PhotoChoice::caption)
                .containsExactly("Carrier's proof of delivery");
    }

    @Test
    void choosing_nothing_is_refused_in_the_dialog_and_nothing_is_stored() {
        DossierDialog dialog = openDialogOfACaseWithMaterial();
        TestFields.set(dialog.parts, Set.of());
        TestFields.set(dialog.messages, Set.of());
        TestFields.set(dialog.photos, Set.of());

        _click(dialog.create);

        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Choose at least one section, message or photo for the dossier.");
        assertThat(dialog.result.isVisible()).isFalse();
        assertThat(evidence.list(caseId)).hasSize(1);
        assertThat(dialog.create.isEnabled()).isTrue();
    }

    @Test
    void a_chinese_dossier_is_made_offered_for_download_and_shown_in_the_gallery() {
        DossierDialog dialog = openDialogOfACaseWithMaterial();
        TestFields.set(dialog.language, DossierLanguage.CHINESE);

        _click(dialog.create);

        assertThat(dialog.error.isVisible()).isFalse();
        assertThat(dialog.result.isVisible()).isTrue();
        EvidenceSummary stored = evidence.list(caseId).getLast();
        assertThat(stored.originalFileName()).startsWith("dossier-" + number + "-zh-").endsWith(".pdf");
        Anchor download = _get(Anchor.class, s -> s.withId("dossier-download"));
        assertThat(download.getText()).isEqualTo(stored.originalFileName());
        assertThat(download.getHref()).isNotBlank();
        // the gallery behind the dialog follows at once
        assertThat(_get(H3.class, s -> s.withId("evidence-title")).getText()).isEqualTo("Evidence (2)");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withId("evidence-item-" + stored.id())))
                .hasSize(1);
    }
}
