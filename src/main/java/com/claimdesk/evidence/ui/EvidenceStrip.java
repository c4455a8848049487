package com.claimdesk.evidence.ui;

import com.claimdesk.evidence.EvidenceKind;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.EvidenceVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/**
 * A row of small thumbnails of a case's evidence, for places that only need a glance (the approval queue). Each
 * opens the preview in a new tab; more than {@code max} items are counted, not shown.
 */
@NamedInterface("evidence-strip")
public class EvidenceStrip extends Div {

    public EvidenceStrip(EvidenceService service, long complaintId, int max) {
        addClassName("cd-evidence-strip");
        var downloads = new EvidenceDownloads(service);
        List<EvidenceSummary> items = service.list(complaintId);
        if (items.isEmpty()) {
            var none = new Span(getTranslation("evidence.none"));
            none.addClassName("cd-muted");
            add(none);
            return;
        }
        items.stream().limit(max).forEach(item -> add(thumb(item, downloads)));
        if (items.size() > max) {
            var more = new Span(getTranslation("evidence.more", items.size() - max));
            more.addClassName("cd-muted");
            add(more);
        }
    }

    private static Component thumb(EvidenceSummary item, EvidenceDownloads downloads) {
        Component visual;
        if (item.kind() == EvidenceKind.IMAGE && item.hasPreview()) {
            var image = new Image(downloads.handler(item.id(), EvidenceVariant.THUMBNAIL, true), item.title());
            image.setId("strip-thumb-" + item.id());
            visual = image;
        } else {
            visual = (item.kind() == EvidenceKind.VIDEO ? VaadinIcon.FILM : item.kind() == EvidenceKind.PDF
                    ? VaadinIcon.FILE_TEXT_O : VaadinIcon.PICTURE).create();
        }
        var link = new Anchor(downloads.handler(item.id(),
                item.hasPreview() ? EvidenceVariant.PREVIEW : EvidenceVariant.ORIGINAL, true),
                com.vaadin.flow.component.html.AttachmentType.INLINE, "");
        link.add(visual);
        link.setTarget("_blank");
        link.getElement().setAttribute("title", item.title());
        return link;
    }
}
